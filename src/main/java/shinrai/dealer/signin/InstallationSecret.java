package shinrai.dealer.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import shinrai.database.DatabaseProperties;

/**
 * The installation's one signing secret: {@code SHINRAI_TOKEN_SECRET} when set (every instance of a cluster needs
 * the same), else a random key generated once and kept in the data folder. API tokens are signed with it; other
 * signed things (links sent to customers) get a key of their own derived from it, so a signature made for one
 * purpose never verifies as another's.
 */
@Component
public final class InstallationSecret {

    private final byte[] secret;

    InstallationSecret(SignInProperties properties, DatabaseProperties database) {
        this.secret = read(properties, database.dataDir());
    }

    /** The secret itself, for the API tokens that have always been signed with it. */
    byte[] bytes() {
        return secret.clone();
    }

    /** A key for one use, HMAC-SHA256 of its label under the secret (the "expand" step of HKDF, RFC 5869). */
    public SecretKeySpec derivedKey(String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] read(SignInProperties properties, Path dataDir) {
        if (properties.tokenSecret() != null && !properties.tokenSecret().isBlank()) {
            byte[] configured = properties.tokenSecret().getBytes(StandardCharsets.UTF_8);
            if (configured.length < 32) {
                throw new IllegalStateException("SHINRAI_TOKEN_SECRET must be at least 32 bytes long");
            }
            return configured;
        }
        Path file = dataDir.resolve("token-secret");
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[48];
                new SecureRandom().nextBytes(generated);
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getEncoder().encodeToString(generated));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the folder's own permissions apply
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the token secret " + file, e);
        }
    }
}

package shinrai.dealer.signin;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import shinrai.database.DatabaseProperties;
import shinrai.dealer.StaffPrincipal;

/**
 * Signed, expiring bearer tokens for the REST API (HMAC-SHA256 JWTs). A token names its staff member; each
 * request loads that account afresh, so disabling or locking someone takes effect at once.
 */
@Component
public class AccessTokens {

    private static final String ISSUER = "shinrai";

    private final SecretKey key;
    private final SignInProperties properties;
    private final SignInAccounts accounts;
    private final Clock clock;

    AccessTokens(SignInProperties properties, DatabaseProperties database, SignInAccounts accounts, Clock clock) {
        this.key = new SecretKeySpec(secret(properties, database.dataDir()), "HmacSHA256");
        this.properties = properties;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A token for someone who has just proved their password. */
    public IssuedToken issue(StaffPrincipal staff) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.tokenLifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(staff.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("uid", staff.id())
                .build();
        var encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        String token = encoder.encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    JwtDecoder decoder() {
        return NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }

    /** Turns a verified token back into the staff member, refusing accounts disabled or locked since. */
    UsernamePasswordAuthenticationToken authenticate(Jwt jwt) {
        StaffPrincipal staff = accounts.find(jwt.getSubject())
                .filter(found -> String.valueOf(found.id())
                        .equals(String.valueOf(jwt.getClaims().get("uid"))))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown account"));
        if (!staff.isEnabled()) {
            throw new DisabledException("account disabled");
        }
        if (!staff.isAccountNonLocked()) {
            throw new LockedException("account locked");
        }
        staff.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities());
    }

    private static byte[] secret(SignInProperties properties, Path dataDir) {
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

    /** A token and the moment it stops working. */
    public record IssuedToken(String token, Instant expiresAt) {}
}

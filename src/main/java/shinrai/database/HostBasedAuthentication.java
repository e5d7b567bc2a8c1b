package shinrai.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded server's {@code pg_hba.conf}: who may connect, from where, proving what. Shinrai owns the file and
 * writes it whole. Every role, the superuser too, proves the password from the {@link DatabaseSecret} with
 * scram-sha-256, and only over loopback; the server has no Unix socket, the local line is there in case one is
 * configured by hand. A cluster created by older Shinrai versions trusts every local connection; its file differs
 * from this one, which is how {@link EmbeddedPostgresServer} knows to secure it.
 */
final class HostBasedAuthentication {

    static final String PASSWORD_ONLY = """
            # Written by Shinrai on start; edits are overwritten.
            # Every role, superuser included, signs in with the password in the data folder's database-secret file
            # (scram-sha-256), and only from this machine.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final Path file;

    HostBasedAuthentication(Path pgData) {
        this.file = pgData.resolve("pg_hba.conf");
    }

    /** Whether the file asks every connection for its password, as written by {@link #requirePasswords()}. */
    boolean passwordOnly() throws IOException {
        return Files.exists(file)
                && Files.readString(file, StandardCharsets.UTF_8).equals(PASSWORD_ONLY);
    }

    /**
     * Replaces the file in one rename, so that a crash leaves the old file or the new one, never half of each. The
     * server reads it again on its next start or configuration reload.
     */
    void requirePasswords() throws IOException {
        Path next = file.resolveSibling("pg_hba.conf.next");
        Files.writeString(next, PASSWORD_ONLY, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the folder's own permissions apply
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

package shinrai.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of every role of the embedded server, superuser included, kept in {@code <data>/database-secret}
 * readable by its owner only (0600), like the token secret beside it. Whoever may read the data folder may read the
 * database anyway; everyone else on the machine now needs this file to connect.
 *
 * <p>The file holds the password on one line, which is also what {@code initdb --pwfile} reads.
 */
record DatabaseSecret(Path file, String password) {

    static final String FILE_NAME = "database-secret";

    /** The folder's secret, generated the first time. */
    static DatabaseSecret in(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException("The database secret " + file + " is empty");
            }
            return new DatabaseSecret(file, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the database secret " + file, e);
        }
    }

    /** Whether the folder has a secret already, i.e. whether its server was ever secured. */
    static boolean existsIn(Path dataDir) {
        return Files.exists(dataDir.resolve(FILE_NAME));
    }

    /**
     * Created empty with 0600 before a byte is written, so the secret is never readable by others, not even for a
     * moment; then written and flushed to disk, since losing it would lock the application out of its own data.
     */
    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        // URL-safe Base64 without padding: nothing that needs quoting in SQL, a shell or a .pgpass file.
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file); // Windows: the folder's own permissions apply
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }
}

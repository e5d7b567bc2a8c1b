package shinrai.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, from the binaries in the zonky artifact, running under {@code <data>/postgres}. Its
 * files survive restarts. An exclusive lock on {@code <data>/shinrai.lock} keeps a second instance away, and a
 * server orphaned by a killed JVM is stopped before a new one starts on the same files.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "shinrai";
    static final String OWNER = "shinrai_owner";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(
                    dataDir.resolve("shinrai.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderInUse(dataDir);
            }
            Path pgData = dataDir.resolve("postgres");
            stopOrphanedServer(pgData);
            log.info("Starting embedded PostgreSQL in {}", pgData.toAbsolutePath());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(channel, lock, postgres);
            server.createRolesAndDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDir, e);
        }
    }

    private static @Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very JVM, e.g. a second application context
        }
    }

    /**
     * We hold the folder's lock, so no live Shinrai uses it; a server still running there was left behind by a JVM
     * that was killed. Ask it to stop (SIGTERM) and wait, rather than fail to start on its files.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream()
                .findFirst()
                .orElse("")
                .trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        // After a reboot the number may belong to some other program: only ever stop a postgres server.
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(process -> process.info().command().orElse("").endsWith("postgres"))
                .ifPresent(orphan -> {
                    log.warn("Stopping PostgreSQL server {} left running by an earlier Shinrai", orphan.pid());
                    orphan.destroy();
                    orphan.onExit()
                            .orTimeout(60, java.util.concurrent.TimeUnit.SECONDS)
                            .join();
                });
    }

    private void createRolesAndDatabase() {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN;
                      END IF;
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'shinrai_app') THEN
                        CREATE ROLE shinrai_app LOGIN NOSUPERUSER NOBYPASSRLS;
                      END IF;
                    END $$""".formatted(OWNER));
            var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    DatabaseEndpoint endpoint() {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return new DatabaseEndpoint(url, OWNER, null, "shinrai_app", null, "shinrai_app");
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } finally {
            lock.release();
            lockChannel.close();
        }
    }
}

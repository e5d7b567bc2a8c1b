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
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server, from the binaries in the zonky artifact, running under {@code <data>/postgres}. Its
 * files survive restarts and power cuts: every commit is on disk before it is acknowledged. It listens on loopback
 * only and asks every role, the superuser too, for the password in {@code <data>/database-secret}
 * ({@link DatabaseSecret}); a folder from an older Shinrai, which trusted every local connection, is secured in place
 * on its first start. An exclusive lock on {@code <data>/shinrai.lock} keeps a second instance away, and a
 * server orphaned by a killed JVM is stopped before a new one starts on the same files.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "shinrai";
    static final String OWNER = "shinrai_owner";
    static final String RUNTIME = "shinrai_app";
    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final DatabaseSecret secret;

    private EmbeddedPostgresServer(
            FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres, DatabaseSecret secret) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.secret = secret;
    }

    /**
     * @param fsync whether the server flushes its writes to disk; only a test suite's throwaway folders turn it off
     */
    static EmbeddedPostgresServer start(Path dataDir, boolean fsync) {
        FileChannel channel;
        FileLock lock;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(
                    dataDir.resolve("shinrai.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataFolderInUse(dataDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lock the data folder " + dataDir, e);
        }
        EmbeddedPostgres postgres = null;
        try {
            Path pgData = dataDir.resolve("postgres");
            stopOrphanedServer(pgData);
            HostBasedAuthentication access = new HostBasedAuthentication(pgData);
            if (access.passwordOnly() && !DatabaseSecret.existsIn(dataDir)) {
                throw new IllegalStateException("The embedded database in " + pgData.toAbsolutePath()
                        + " asks for the password kept in "
                        + dataDir.resolve(DatabaseSecret.FILE_NAME).toAbsolutePath()
                        + ", and that file is missing. Restore it from the backup of the data folder.");
            }
            DatabaseSecret secret = DatabaseSecret.in(dataDir);
            log.info("Starting embedded PostgreSQL in {}", pgData.toAbsolutePath());
            postgres = configured(pgData, secret, fsync).start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(channel, lock, postgres, secret);
            server.createRolesAndDatabase();
            server.requirePasswords(access);
            return server;
        } catch (IOException | RuntimeException e) {
            // Leave nothing behind that would stop the next attempt: neither the server nor the folder's lock.
            try (channel) {
                if (postgres != null) {
                    postgres.close();
                }
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server in " + dataDir, io);
            }
            throw (RuntimeException) e;
        }
    }

    private static EmbeddedPostgres.Builder configured(Path pgData, DatabaseSecret secret, boolean fsync) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky starts the server with -F (fsync off) and asynchronous commit: an acknowledged write
                // would be lost to a power cut. These come after -F on the command line, so they win.
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Loopback only, and no Unix socket: nothing to reach from the network or from /tmp.
                .setServerConfig("listen_addresses", "127.0.0.1,::1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                // zonky runs initdb with "-A trust" and hands each "locale" entry to it as --key=value, after
                // that: a new cluster asks for the superuser's password from its very first start.
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", secret.file().toAbsolutePath().toString())
                .setConnectConfig("password", secret.password());
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

    /**
     * The owner and the runtime role, created the first time. Every start gives all three roles the secret as their
     * password: a cluster from an older Shinrai had none, and the secret file is what a restored backup brings.
     */
    private void createRolesAndDatabase() {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("""
                    DO $$ BEGIN
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                        CREATE ROLE %1$s LOGIN;
                      END IF;
                      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN
                        CREATE ROLE %2$s LOGIN NOSUPERUSER NOBYPASSRLS;
                      END IF;
                    END $$""".formatted(OWNER, RUNTIME));
            for (String role : List.of(SUPERUSER, OWNER, RUNTIME)) {
                // The secret is URL-safe Base64: nothing in it needs escaping.
                sql.execute("ALTER ROLE " + role + " PASSWORD '" + secret.password() + "'");
            }
            var exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    /**
     * Once every role has its password, the server asks for it: a new cluster's pg_hba.conf from initdb and a
     * trusting one from an older Shinrai are replaced, and the running server reads the new one at once. Connections
     * already open stay; every new one needs the password.
     */
    private void requirePasswords(HostBasedAuthentication access) throws IOException {
        if (access.passwordOnly()) {
            return;
        }
        access.requirePasswords();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement sql = superuser.createStatement()) {
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the embedded database ask for passwords", e);
        }
        log.info("The embedded database now asks every connection for the password in {}", secret.file());
    }

    DatabaseEndpoint endpoint() {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        return new DatabaseEndpoint(url, OWNER, secret.password(), RUNTIME, secret.password(), RUNTIME);
    }

    /** The server's port on 127.0.0.1 and ::1, a new free one on every start. */
    int port() {
        return postgres.getPort();
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

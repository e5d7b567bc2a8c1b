package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The embedded server as someone else on the machine meets it: nothing gets in without the password from the data
 * folder, whichever role they try, and a folder an older Shinrai left trusting everyone is closed on its next start.
 */
class EmbeddedServerAccessTest {

    private static final List<String> ROLES =
            List.of(EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.OWNER, EmbeddedPostgresServer.RUNTIME);

    @TempDir
    static Path sharedDataDir;

    static EmbeddedPostgresServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedPostgresServer.start(sharedDataDir, false);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void noRoleConnectsWithoutThePasswordNorWithAWrongOne() {
        for (String role : ROLES) {
            assertThatThrownBy(() -> connect(server, role, null).close())
                    .as("%s without a password", role)
                    .isInstanceOf(PSQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(server, role, "shinrai-demo").close())
                    .as("%s with a wrong password", role)
                    .isInstanceOf(PSQLException.class)
                    .extracting(e -> ((PSQLException) e).getSQLState())
                    .isEqualTo("28P01"); // invalid_password
        }
    }

    @Test
    void everyRoleConnectsWithTheSecretFromTheDataFolder() throws Exception {
        String secret =
                Files.readString(sharedDataDir.resolve("database-secret")).trim();
        for (String role : ROLES) {
            try (Connection connection = connect(server, role, secret)) {
                assertThat(connection.isValid(2)).as(role).isTrue();
            }
        }
    }

    @Test
    void psqlWithoutThePasswordIsRefusedAndWithItLetIn() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/psql")), "no psql on this machine");
        String secret =
                Files.readString(sharedDataDir.resolve("database-secret")).trim();

        PsqlResult refused = psql(null);
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("password");

        PsqlResult admitted = psql(secret);
        assertThat(admitted.exitCode()).as(admitted.output()).isZero();
        assertThat(admitted.output().trim()).isEqualTo("postgres");
    }

    @Test
    void theSecretIsReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(sharedDataDir.resolve("database-secret"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(sharedDataDir.resolve("database-secret")).trim())
                .as("32 random bytes, URL-safe Base64")
                .matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theServerListensOnLoopbackOnlyAndHasNoUnixSocket() {
        JdbcClient superuser = superuser(server, sharedDataDir);
        assertThat(superuser.sql("SHOW listen_addresses").query(String.class).single())
                .isEqualTo("127.0.0.1,::1");
        assertThat(superuser
                        .sql("SHOW unix_socket_directories")
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(superuser
                        .sql("SELECT count(*) FROM pg_hba_file_rules WHERE auth_method <> 'scram-sha-256'")
                        .query(Long.class)
                        .single())
                .as("rules that let anyone in without the password")
                .isZero();
        assertThat(superuser
                        .sql("SELECT count(*) FROM pg_hba_file_rules WHERE type = 'host'")
                        .query(Long.class)
                        .single())
                .as("127.0.0.1/32 and ::1/128")
                .isEqualTo(2);
    }

    @Test
    void aFolderAnOlderShinraiLeftTrustingEveryoneIsClosedOnItsNextStartWithItsDataKept(@TempDir Path dataDir)
            throws Exception {
        olderShinraiFolder(dataDir);
        assertThat(dataDir.resolve("database-secret")).doesNotExist();

        try (EmbeddedPostgresServer upgraded = EmbeddedPostgresServer.start(dataDir, false)) {
            for (String role : ROLES) {
                assertThatThrownBy(() -> connect(upgraded, role, null).close())
                        .as("%s without a password after the upgrade", role)
                        .isInstanceOf(PSQLException.class);
            }
            assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                    .isEqualTo(HostBasedAuthentication.PASSWORD_ONLY);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("database-secret"))))
                    .isEqualTo("rw-------");
            assertThat(ownerOf(upgraded)
                            .sql("SELECT note FROM kept ORDER BY id")
                            .query(String.class)
                            .list())
                    .containsExactly("written before the upgrade", "不会丢失");
        }

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDir, false)) {
            assertThat(ownerOf(again)
                            .sql("SELECT count(*) FROM kept")
                            .query(Long.class)
                            .single())
                    .as("a secured folder starts as it is")
                    .isEqualTo(2);
        }
    }

    @Test
    void aSecuredFolderWhoseSecretWasLostSaysSoAndStartsOnceItIsRestored(@TempDir Path dataDir) throws IOException {
        EmbeddedPostgresServer.start(dataDir, false).close();
        Path secret = dataDir.resolve("database-secret");
        byte[] backup = Files.readAllBytes(secret);
        Files.delete(secret);

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(secret.toAbsolutePath().toString())
                .hasMessageContaining("Restore it");

        Files.write(secret, backup);
        try (EmbeddedPostgresServer restored = EmbeddedPostgresServer.start(dataDir, false)) {
            assertThat(ownerOf(restored)
                            .sql("SELECT current_user")
                            .query(String.class)
                            .single())
                    .isEqualTo(EmbeddedPostgresServer.OWNER);
        }
    }

    /**
     * What Shinrai up to 2026-11 left in a data folder: a cluster initialised by zonky with trust authentication and
     * its defaults, the two roles without passwords, and some data of the owner's.
     */
    private static void olderShinraiFolder(Path dataDir) throws IOException, SQLException {
        try (EmbeddedPostgres older = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .start()) {
            try (Connection superuser = older.getPostgresDatabase().getConnection();
                    Statement sql = superuser.createStatement()) {
                sql.execute("CREATE ROLE shinrai_owner LOGIN");
                sql.execute("CREATE ROLE shinrai_app LOGIN NOSUPERUSER NOBYPASSRLS");
                sql.execute("CREATE DATABASE shinrai OWNER shinrai_owner ENCODING 'UTF8' TEMPLATE template0");
            }
            try (Connection owner =
                            older.getDatabase("shinrai_owner", "shinrai").getConnection();
                    Statement sql = owner.createStatement()) {
                sql.execute("CREATE TABLE kept (id int PRIMARY KEY, note text)");
                sql.execute("INSERT INTO kept VALUES (1, 'written before the upgrade'), (2, '不会丢失')");
            }
        }
        assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
                .as("the older folder trusts every local connection")
                .contains("trust");
    }

    private static Connection connect(EmbeddedPostgresServer server, String role, String password) throws SQLException {
        var properties = new java.util.Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url(server, "postgres"), properties);
    }

    private static String url(EmbeddedPostgresServer server, String database) {
        return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database;
    }

    private static JdbcClient superuser(EmbeddedPostgresServer server, Path dataDir) {
        try {
            String secret = Files.readString(dataDir.resolve("database-secret")).trim();
            return JdbcClient.create(new DriverManagerDataSource(url(server, "postgres"), "postgres", secret));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JdbcClient ownerOf(EmbeddedPostgresServer server) {
        DatabaseEndpoint endpoint = server.endpoint();
        return JdbcClient.create(
                new DriverManagerDataSource(endpoint.jdbcUrl(), endpoint.ownerUser(), endpoint.ownerPassword()));
    }

    private record PsqlResult(int exitCode, String output) {}

    /** psql as the superuser over loopback, never asking for a password (-w), not reading a ~/.pgpass. */
    private static PsqlResult psql(String password) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/psql",
                        "-w",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(server.port()),
                        "-U",
                        "postgres",
                        "-d",
                        "shinrai",
                        "-At",
                        "-c",
                        "SELECT current_user")
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.remove("PGPASSWORD");
        environment.put("PGPASSFILE", "/dev/null");
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new PsqlResult(process.exitValue(), output);
    }
}

package shinrai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shinrai on an external PostgreSQL, started the way production starts it: a JVM of its own, configured only by
 * SHINRAI_* variables, against an empty database whose owner may create roles. {@code .ci/run} starts the server,
 * creates that database and passes it in SHINRAI_SMOKE_DB_URL, _USER and _PASSWORD; without them this is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExternalDatabaseSmokeTest {

    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final String RUNTIME_ROLE = "shinrai_app";

    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static final String url = System.getenv("SHINRAI_SMOKE_DB_URL");
    private static final String user = System.getenv("SHINRAI_SMOKE_DB_USER");
    private static final String password = System.getenv("SHINRAI_SMOKE_DB_PASSWORD");

    /** Per test rather than per class, so that the report lists each test as skipped, with the reason. */
    @BeforeEach
    void needsTheSmokeDatabase() {
        assumeTrue(
                present(url) && present(user) && password != null,
                "No external PostgreSQL to smoke-test against: set SHINRAI_SMOKE_DB_URL, SHINRAI_SMOKE_DB_USER and"
                        + " SHINRAI_SMOKE_DB_PASSWORD to an empty database and its owner (with CREATEROLE), as .ci/run"
                        + " does");
    }

    @Test
    @Order(1)
    void productionStartMigratesTheExternalDatabaseAndSeedsNothing(@TempDir Path dataDir) throws Exception {
        assertThat(count("SELECT count(*) FROM pg_tables WHERE tablename = 'flyway_schema_history'"))
                .as("the smoke database must start empty; .ci/run recreates it on every run")
                .isZero();

        try (RunningShinrai shinrai = RunningShinrai.start(dataDir, Map.of())) {
            shinrai.awaitHealthy();

            assertThat(dataDir.resolve("postgres")).as("embedded server files").doesNotExist();
            assertThat(shinrai.output())
                    .contains("Using the external PostgreSQL server")
                    .doesNotContain("Starting embedded PostgreSQL");

            assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success"))
                    .isPositive();
            assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .isZero();
            assertThat(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'dealer'"))
                    .isOne();

            // Without SHINRAI_DEMO an external database is production: no demo network, no demo accounts. The owner
            // is not bound by row-level security, so these counts are the whole truth.
            assertThat(count("SELECT count(*) FROM dealer.network")).isZero();
            assertThat(count("SELECT count(*) FROM dealer.dealer")).isZero();
            assertThat(count("SELECT count(*) FROM dealer.user_account")).isZero();

            // The owner created the runtime role; it owns nothing, so row-level security binds it.
            assertThat(count("SELECT count(*) FROM pg_roles WHERE rolname = '" + RUNTIME_ROLE
                            + "' AND NOT rolsuper AND NOT rolbypassrls"))
                    .isOne();
            assertThat(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'dealer'"
                            + " AND tablename = 'user_account'"))
                    .isEqualTo(user)
                    .isNotEqualTo(RUNTIME_ROLE);
            assertThat(count("SELECT count(*) FROM pg_tables WHERE tableowner = '" + RUNTIME_ROLE + "'"))
                    .isZero();

            assertThat(shinrai.requestToken("admin", DemoAccounts.PASSWORD).statusCode())
                    .as("a token for the demo admin, who must not exist")
                    .isEqualTo(401);
            assertThat(shinrai.get("/login").statusCode()).isEqualTo(200);
        }
    }

    /** A second start on the now migrated database, with the demo asked for: migrations are kept, the demo added. */
    @Test
    @Order(2)
    void restartWithTheDemoSwitchedOnSeedsTheDemoNetwork(@TempDir Path dataDir) throws Exception {
        try (RunningShinrai shinrai = RunningShinrai.start(dataDir, Map.of("SHINRAI_DEMO", "true"))) {
            shinrai.awaitHealthy();

            assertThat(count("SELECT count(*) FROM dealer.user_account"))
                    // and the two accounts without a dealer: the network analyst and operations
                    .isEqualTo(DemoAccounts.D001_STAFF.length + DemoAccounts.D002_STAFF.length + 2);
            assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"))
                    .isZero();
            // Signing in reads the account as the runtime role, through row-level security.
            HttpResponse<String> token = shinrai.requestToken("admin", DemoAccounts.PASSWORD);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            assertThat(token.body()).contains("\"token\"");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Runs as the smoke database's owner, which is the role the application migrates with. */
    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }

    /** Shinrai in a JVM of its own: main class, classpath and environment, as a service manager would start it. */
    private static final class RunningShinrai implements AutoCloseable {

        private final Process process;
        private final Path console;
        private final int port;

        private RunningShinrai(Process process, Path console, int port) {
            this.process = process;
            this.console = console;
            this.port = port;
        }

        static RunningShinrai start(Path dataDir, Map<String, String> settings) throws IOException {
            int port = freePort();
            Path console = dataDir.resolve("console.log");
            ProcessBuilder builder = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            applicationClassPath(),
                            ShinraiApplication.class.getName(),
                            "--server.port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(console.toFile());
            Map<String, String> environment = builder.environment();
            // Only what this test sets: a developer's own SHINRAI_* settings (SHINRAI_DEMO, say) must not leak in.
            environment.keySet().removeIf(name -> name.startsWith("SHINRAI_"));
            environment.put("SHINRAI_DB_URL", url);
            environment.put("SHINRAI_DB_USER", user);
            environment.put("SHINRAI_DB_PASSWORD", password);
            environment.put("SHINRAI_DATA_DIR", dataDir.toString());
            environment.putAll(settings);
            return new RunningShinrai(builder.start(), console, port);
        }

        /**
         * The test JVM's classpath without the test classes: their config/application.yml would otherwise move the
         * data folder and log file into target/, and production has no such file.
         */
        private static String applicationClassPath() {
            Path testClasses;
            try {
                testClasses = Path.of(ExternalDatabaseSmokeTest.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toAbsolutePath();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses))
                    .collect(Collectors.joining(File.pathSeparator));
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        void awaitHealthy() throws Exception {
            Instant deadline = Instant.now().plus(STARTUP);
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    fail("Shinrai exited with code %d before it was healthy:%n%s", process.exitValue(), output());
                }
                try {
                    HttpResponse<String> health = get("/actuator/health");
                    if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                // Pauses between polls, but returns at once should the process die.
                process.waitFor(500, TimeUnit.MILLISECONDS);
            }
            fail("Shinrai was not healthy within %s:%n%s", STARTUP, output());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> requestToken(String username, String password) throws IOException, InterruptedException {
            String credentials = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
            return http.send(
                    HttpRequest.newBuilder(uri("/api/v1/auth/token"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(credentials))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Everything the process printed; lenient, since its console encoding need not be UTF-8. */
        String output() throws IOException {
            return new String(Files.readAllBytes(console), StandardCharsets.UTF_8);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        /** SIGTERM first, so it shuts down gracefully as under a service manager; kill it if it will not go. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.DemoAccounts;
import shinrai.ShinraiApplication;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;

/**
 * The embedded server as an IT person meets it: data survives restarts, a killed JVM and a killed database server,
 * and one folder serves one Shinrai.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndTheDemoIsSeededOnlyOnce() {
        long accountsBefore;
        try (ConfigurableApplicationContext first = start()) {
            DealerScope.systemFor(1)
                    .run(() -> first.getBean(Staff.class)
                            .hire(new Staff.NewStaffMember(
                                    "survivor", "幸存者", DemoAccounts.NEW_HIRE_PASSWORD, EnumSet.of(Role.CASHIER))));
            accountsBefore = count(first, "dealer.user_account");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("the server stopped cleanly with the application")
                .doesNotExist();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(count(second, "dealer.user_account"))
                    .isEqualTo(accountsBefore)
                    .isEqualTo(16);
            assertThat(count(second, "dealer.network")).isEqualTo(1);
            assertThat(count(second, "dealer.dealer")).isEqualTo(2);
            assertThat(owner(second)
                            .sql("SELECT display_name FROM dealer.user_account WHERE username = 'survivor'")
                            .query(String.class)
                            .single())
                    .isEqualTo("幸存者");
        }
    }

    @Test
    void aSecondShinraiOnTheSameDataFolderRefusesToStartWithAClearMessage() throws Exception {
        try (ConfigurableApplicationContext running = start()) {
            Process second = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            testClassPath(),
                            ShinraiApplication.class.getName(),
                            "--server.port=0",
                            "--shinrai.db.data-dir=" + dataDir)
                    .redirectErrorStream(true)
                    .start();
            assertThat(second.waitFor(180, TimeUnit.SECONDS))
                    .as("the second instance gives up")
                    .isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isNotZero();
            assertThat(output)
                    .contains("Another Shinrai is already running on the data folder")
                    .contains("SHINRAI_DATA_DIR");
            assertThat(count(running, "dealer.dealer"))
                    .as("the first instance is unharmed")
                    .isEqualTo(2);
        }
    }

    @Test
    void aServerOrphanedByAKilledShinraiIsStoppedAndTheFilesReused() throws Exception {
        Process killed = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        testClassPath(),
                        ShinraiApplication.class.getName(),
                        "--server.port=0",
                        "--shinrai.db.data-dir=" + dataDir,
                        "--shinrai.db.embedded-fsync=true")
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("killed-instance.log").toFile())
                .start();
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(java.nio.file.Files.exists(pidFile) && seeded()) && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        killed.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, the server is left running
        assertThat(pidFile).as("the killed instance left its server behind").exists();

        try (ConfigurableApplicationContext next = start()) {
            assertThat(count(next, "dealer.dealer")).isEqualTo(2);
        }
    }

    @Test
    void aStoreStartedAsShippedFlushesEveryCommitToDiskBeforeAcknowledgingIt() {
        try (ConfigurableApplicationContext shipped = startAsShipped()) {
            JdbcClient owner = owner(shipped);
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                assertThat(owner.sql("SHOW " + setting).query(String.class).single())
                        .as(setting)
                        .isEqualTo("on");
            }
        }
    }

    /**
     * The database server itself dies (SIGKILL to the postmaster, as the OOM killer would) while four writers
     * commit as fast as they can. Every commit the server acknowledged is there after the restart: with
     * asynchronous commit, as zonky configures it, the last few would have been lost with the server's memory.
     */
    @Test
    void everyWriteAcknowledgedBeforeTheDatabaseServerIsKilledIsThereAfterTheRestart() throws Exception {
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        try (ConfigurableApplicationContext running = startAsShipped()) {
            owner(running)
                    .sql("CREATE TABLE public.acknowledged_write (id bigint PRIMARY KEY, at timestamptz)")
                    .update();
            DatabaseEndpoint endpoint = running.getBean(DatabaseEndpoint.class);
            ExecutorService writers = Executors.newFixedThreadPool(4);
            AtomicBoolean stop = new AtomicBoolean();
            for (int writer = 0; writer < 4; writer++) {
                long first = writer * 1_000_000_000L;
                writers.submit(() -> write(endpoint, first, acknowledged, stop));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 400 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            ProcessHandle postmaster = postmaster();
            postmaster.destroyForcibly();
            postmaster.onExit().get(30, TimeUnit.SECONDS);
            stop.set(true);
            writers.shutdown();
            assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            // The server is gone: nothing on the way down (the event registry) need wait 30 s for a connection.
            running.getBean(DatabaseConfiguration.RuntimePool.class)
                    .dataSource()
                    .setConnectionTimeout(250);
            running.getBean("schemaOwnerDataSource", HikariDataSource.class).setConnectionTimeout(250);
        }
        assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(400);

        try (ConfigurableApplicationContext restarted = startAsShipped()) {
            List<Long> found = owner(restarted)
                    .sql("SELECT id FROM public.acknowledged_write")
                    .query(Long.class)
                    .list();
            assertThat(found).as("acknowledged writes after the restart").containsAll(acknowledged);
        }
    }

    /**
     * One writer: its own connection, one row per commit, each id recorded once the server has acknowledged the
     * commit. Stops at the first failure, which the kill causes.
     */
    private static Void write(DatabaseEndpoint endpoint, long first, Set<Long> acknowledged, AtomicBoolean stop)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        endpoint.jdbcUrl(), endpoint.ownerUser(), endpoint.ownerPassword());
                PreparedStatement insert =
                        connection.prepareStatement("INSERT INTO public.acknowledged_write VALUES (?, now())")) {
            for (long id = first; !stop.get(); id++) {
                insert.setLong(1, id);
                insert.executeUpdate(); // auto-commit: returns once the commit is acknowledged
                acknowledged.add(id);
            }
        } catch (SQLException killed) {
            // the server is gone: what was acknowledged so far is what must survive
        }
        return null;
    }

    /** The embedded server's main process, from the first line of postmaster.pid. */
    private ProcessHandle postmaster() throws IOException {
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());
        return ProcessHandle.of(pid).orElseThrow();
    }

    /** The child instance has finished seeding once its log says so. */
    private boolean seeded() throws IOException {
        Path log = dataDir.resolve("killed-instance.log");
        return java.nio.file.Files.exists(log)
                && java.nio.file.Files.readString(log).contains("Started ShinraiApplication");
    }

    /**
     * Shinrai as a store runs it: the shipped application.yml only, not the test classpath's, which turns fsync off
     * for throwaway folders.
     */
    private ConfigurableApplicationContext startAsShipped() {
        return new SpringApplicationBuilder(ShinraiApplication.class)
                .run(
                        "--spring.config.location=classpath:/application.yml",
                        "--server.port=0",
                        "--shinrai.db.data-dir=" + dataDir);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ShinraiApplication.class)
                .run("--server.port=0", "--shinrai.db.data-dir=" + dataDir);
    }

    private static long count(ConfigurableApplicationContext context, String table) {
        return owner(context)
                .sql("SELECT count(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    private static JdbcClient owner(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean("schemaOwnerDataSource", DataSource.class));
    }

    /** Surefire hides the real class path behind a manifest-only jar; it publishes it under this name. */
    private static String testClassPath() throws IOException {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}

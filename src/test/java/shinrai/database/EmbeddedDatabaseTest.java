package shinrai.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
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

/** The embedded server as an IT person meets it: data survives restarts, and one folder serves one Shinrai. */
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
                                    "survivor", "幸存者", DemoAccounts.PASSWORD, EnumSet.of(Role.CASHIER))));
            accountsBefore = count(first, "dealer.user_account");
        }
        assertThat(dataDir.resolve("postgres/postmaster.pid"))
                .as("the server stopped cleanly with the application")
                .doesNotExist();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(count(second, "dealer.user_account"))
                    .isEqualTo(accountsBefore)
                    .isEqualTo(13);
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
                        "--shinrai.db.data-dir=" + dataDir)
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

    /** The child instance has finished seeding once its log says so. */
    private boolean seeded() throws IOException {
        Path log = dataDir.resolve("killed-instance.log");
        return java.nio.file.Files.exists(log)
                && java.nio.file.Files.readString(log).contains("Started ShinraiApplication");
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

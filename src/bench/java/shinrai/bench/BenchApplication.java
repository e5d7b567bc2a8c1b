package shinrai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import shinrai.ShinraiApplication;

/**
 * Starts Shinrai as usual (its own embedded PostgreSQL, migrations, demo network) on the benchmark data folder. The
 * web server listens on a free port nobody uses: the security configuration needs a servlet application. The folder comes from {@code -Dbench.data-dir} and defaults to {@code target/bench-data}.
 */
final class BenchApplication {

    private BenchApplication() {}

    static Path dataDir() {
        return Path.of(System.getProperty("bench.data-dir", "target/bench-data"))
                .toAbsolutePath()
                .normalize();
    }

    /** Starts Shinrai, with {@code extraSources} (e.g. a bean post-processor) added to its own configuration. */
    static ConfigurableApplicationContext start(Class<?>... extraSources) {
        Path dataDir = dataDir();
        // Command-line arguments outrank the test classpath's config/application.yml, which would otherwise send
        // the database to a fresh folder under target/test-data.
        return new SpringApplicationBuilder(ShinraiApplication.class)
                .sources(extraSources)
                .logStartupInfo(false)
                .run(
                        "--server.port=0",
                        "--shinrai.db.data-dir=" + dataDir,
                        "--shinrai.db.pool-size=5",
                        // measured as a store runs it, not as the test classpath's throwaway folders do
                        "--shinrai.db.embedded-fsync=true",
                        "--logging.file.name=" + dataDir.resolve("logs/shinrai.log"),
                        "--logging.level.root=WARN",
                        "--logging.level.shinrai=INFO",
                        "--spring.main.banner-mode=off");
    }

    /**
     * A superuser session on the benchmark's embedded server, for looking at plans: the server asks every role for
     * the password kept in the data folder.
     */
    static Connection superuser(String jdbcUrl) throws SQLException {
        try {
            String password = Files.readString(dataDir().resolve("database-secret"), StandardCharsets.UTF_8)
                    .trim();
            return DriverManager.getConnection(jdbcUrl, "postgres", password);
        } catch (IOException e) {
            throw new SQLException("No database secret in " + dataDir(), e);
        }
    }
}

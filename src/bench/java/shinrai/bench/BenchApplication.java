package shinrai.bench;

import java.nio.file.Path;
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
}

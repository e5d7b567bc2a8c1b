package shinrai.database;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach the database. With {@code url} unset, Shinrai runs its own embedded server under {@code dataDir}.
 *
 * @param url JDBC URL of an external server ({@code SHINRAI_DB_URL})
 * @param user the schema owner on the external server; migrations run as this role ({@code SHINRAI_DB_USER})
 * @param password its password ({@code SHINRAI_DB_PASSWORD})
 * @param appUser a separate login for the runtime role; when unset, connections log in as {@code user} and switch
 *     to {@code appRole} with {@code SET ROLE}
 * @param appPassword its password
 * @param appRole the role the application runs as: owns no table, bound by row-level security
 * @param dataDir where the embedded server keeps its files ({@code SHINRAI_DATA_DIR})
 * @param poolSize the runtime connection pool's maximum size
 * @param embeddedFsync whether the embedded server flushes every commit to disk; only a test suite's throwaway
 *     folders may turn it off ({@code shinrai.db.embedded-fsync}), a store's data never
 * @param statementTimeout how long one statement of the runtime role may run before the server cancels it, so that
 *     no request can hold a connection and a core for minutes ({@code shinrai.db.statement-timeout}, default 5 s)
 * @param batchStatementTimeout the same for the statements of named batch jobs, which ask for it with
 *     {@link StatementTimeout#extendForBatchJob} ({@code shinrai.db.batch-statement-timeout}, default 10 min)
 */
@ConfigurationProperties("shinrai.db")
public record DatabaseProperties(
        @Nullable String url,
        @Nullable String user,
        @Nullable String password,
        @Nullable String appUser,
        @Nullable String appPassword,
        String appRole,
        Path dataDir,
        int poolSize,
        @DefaultValue("true") boolean embeddedFsync,
        @DefaultValue("5s") Duration statementTimeout,
        @DefaultValue("10m") Duration batchStatementTimeout) {

    public DatabaseProperties {
        // application.yml maps unset variables to "", e.g. ${SHINRAI_DB_APP_USER:}; unset means null here.
        url = blankToNull(url);
        user = blankToNull(user);
        password = blankToNull(password);
        appUser = blankToNull(appUser);
        appPassword = blankToNull(appPassword);
        if (appRole == null || appRole.isBlank()) {
            appRole = "shinrai_app";
        }
        if (!appRole.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("shinrai.db.app-role must be a plain lower-case identifier");
        }
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (poolSize <= 0) {
            poolSize = 20;
        }
        if (statementTimeout.toMillis() <= 0 || batchStatementTimeout.compareTo(statementTimeout) < 0) {
            // 0 would mean no limit at all in PostgreSQL; a batch limit below the normal one would shorten it
            throw new IllegalArgumentException("shinrai.db.statement-timeout must be positive and"
                    + " shinrai.db.batch-statement-timeout at least as long");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether an external server is configured; otherwise Shinrai runs its own embedded one. */
    public boolean external() {
        return url != null;
    }
}

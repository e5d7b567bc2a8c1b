package shinrai.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
        int poolSize) {

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
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether an external server is configured; otherwise Shinrai runs its own embedded one. */
    public boolean external() {
        return url != null;
    }
}

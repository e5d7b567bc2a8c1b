package shinrai.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two pools on one database: a small one for the schema owner (Flyway, provisioning) and the application's pool,
 * which runs as the runtime role, carries the {@link shinrai.shared.DealerScope} on every connection and has a
 * statement timeout ({@link StatementTimeout}). Migrations may take as long as they need.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${shinrai.db.url:}'.isBlank()")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedFsync());
    }

    @Bean
    DatabaseEndpoint databaseEndpoint(
            DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embeddedServer) {
        if (!properties.external()) {
            return embeddedServer.getObject().endpoint();
        }
        if (properties.user() == null) {
            throw new IllegalStateException("SHINRAI_DB_URL is set but SHINRAI_DB_USER is not");
        }
        log.info("Using the external PostgreSQL server at {}", properties.url());
        return new DatabaseEndpoint(
                properties.url(),
                properties.user(),
                properties.password(),
                properties.appUser(),
                properties.appPassword(),
                properties.appRole());
    }

    @Bean(destroyMethod = "close")
    @SchemaOwner
    @FlywayDataSource
    HikariDataSource schemaOwnerDataSource(DatabaseEndpoint endpoint) {
        HikariConfig config = pool("shinrai-owner", endpoint.jdbcUrl(), endpoint.ownerUser(), endpoint.ownerPassword());
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        HikariDataSource owner = new HikariDataSource(config);
        if (endpoint.appUser() == null) {
            ensureRuntimeRoleCanBeAssumed(owner, endpoint.appRole());
        }
        return owner;
    }

    @Bean(destroyMethod = "")
    @Primary
    DataSource dataSource(RuntimePool runtimePool) {
        return new DealerScopedDataSource(runtimePool.dataSource());
    }

    @Bean(destroyMethod = "close")
    RuntimePool runtimePool(DatabaseEndpoint endpoint, DatabaseProperties properties) {
        HikariConfig config;
        if (endpoint.appUser() != null) {
            config = pool("shinrai-app", endpoint.jdbcUrl(), endpoint.appUser(), endpoint.appPassword());
        } else {
            config = pool("shinrai-app", endpoint.jdbcUrl(), endpoint.ownerUser(), endpoint.ownerPassword());
            config.setConnectionInitSql("SET ROLE " + endpoint.appRole());
        }
        config.setMaximumPoolSize(properties.poolSize());
        // Set when each connection opens, on an embedded or an external server alike: a statement of the runtime
        // role running longer is cancelled (SQL state 57014) instead of pinning a connection and a core.
        config.addDataSourceProperty(
                "options",
                "-c statement_timeout=" + properties.statementTimeout().toMillis());
        return new RuntimePool(new HikariDataSource(config));
    }

    @Bean
    FlywayConfigurationCustomizer runtimeRolePlaceholder(DatabaseEndpoint endpoint) {
        return flyway -> flyway.placeholders(Map.of("appRole", endpoint.appRole()));
    }

    private static HikariConfig pool(String name, String url, String user, @Nullable String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.addDataSourceProperty("ApplicationName", "shinrai");
        return config;
    }

    /**
     * Without a separate login for the runtime role, the owner's connections switch to it with SET ROLE, which
     * needs the role to exist and the owner to be a member. The owner creates it when allowed (CREATEROLE).
     */
    private static void ensureRuntimeRoleCanBeAssumed(DataSource owner, String role) {
        try (Connection connection = owner.getConnection();
                Statement sql = connection.createStatement()) {
            var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'");
            if (!rs.next()) {
                sql.execute("CREATE ROLE " + role + " NOLOGIN NOSUPERUSER NOBYPASSRLS");
            }
            // PostgreSQL 16+ gives the creator of a role ADMIN on it but not SET, so 'MEMBER' is true while SET ROLE
            // is refused; 'SET' asks the real question there. Up to 15 membership is enough, and 'SET' is unknown.
            String privilege = connection.getMetaData().getDatabaseMajorVersion() >= 16 ? "SET" : "MEMBER";
            var member = sql.executeQuery("SELECT pg_has_role(current_user, '" + role + "', '" + privilege + "')");
            member.next();
            if (!member.getBoolean(1)) {
                sql.execute("GRANT " + role + " TO current_user");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The runtime role " + role + " does not exist and the database user "
                            + "cannot create it. Create it (CREATE ROLE " + role + " NOLOGIN; GRANT " + role
                            + " TO <owner>;) or give SHINRAI_DB_APP_USER and SHINRAI_DB_APP_PASSWORD.",
                    e);
        }
    }

    /** The runtime pool itself, kept apart so it is closed once, after everything that uses it. */
    record RuntimePool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }
}

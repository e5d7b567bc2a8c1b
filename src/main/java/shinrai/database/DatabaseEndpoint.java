package shinrai.database;

import org.jspecify.annotations.Nullable;

/**
 * The server the application talks to, with the two identities it uses there.
 *
 * @param jdbcUrl the database's JDBC URL
 * @param ownerUser logs in to run migrations; owns every table
 * @param ownerPassword its password
 * @param appUser logs in for the application's work; {@code null} means log in as the owner and {@code SET ROLE}
 * @param appPassword its password
 * @param appRole the runtime role every application connection ends up as
 */
record DatabaseEndpoint(
        String jdbcUrl,
        String ownerUser,
        @Nullable String ownerPassword,
        @Nullable String appUser,
        @Nullable String appPassword,
        String appRole) {}

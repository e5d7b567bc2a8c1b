/**
 * Where the data lives. Starts an embedded PostgreSQL server under the data folder unless an external server is
 * configured, runs every module's Flyway migrations as the schema owner, and hands the rest of the application a
 * connection pool that logs in as the runtime role, which owns nothing and is bound by row-level security.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package shinrai.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

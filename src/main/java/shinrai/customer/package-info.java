/**
 * Customers: people and companies, how to reach them, what they consented to, and everything that happened with
 * them.
 */
@ApplicationModule(allowedDependencies = {"audit", "database", "dealer", "tabular", "vehicle", "web"})
@NullMarked
package shinrai.customer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

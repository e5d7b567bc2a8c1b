/**
 * The append-only audit log. Changes to business tables are recorded by a database trigger (see the module's
 * migration), so no code path can skip it; sign-ins, failed sign-ins and other sensitive acts are appended here.
 * A dealer admin browses their dealer's log in business words; modules say how their tables read, and which of their
 * columns hold personal data, through {@link shinrai.audit.AuditedTable} beans, so this module depends on none of them.
 */
@ApplicationModule(allowedDependencies = {"dealer"})
@NullMarked
package shinrai.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

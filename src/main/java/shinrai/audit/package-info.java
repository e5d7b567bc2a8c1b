/**
 * The append-only audit log. Changes to business tables are recorded by a database trigger (see the module's
 * migration), so no code path can skip it; sign-ins, failed sign-ins and other sensitive acts are appended here.
 * A dealer admin browses their dealer's log.
 */
@NullMarked
package shinrai.audit;

import org.jspecify.annotations.NullMarked;

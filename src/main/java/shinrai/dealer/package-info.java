/**
 * Tenancy and people: networks, their dealers, the staff who sign in, their roles and what each role may do.
 * Owns sign-in (form and bearer token), lock-out, and the demo network.
 */
@ApplicationModule(allowedDependencies = {"database", "web"})
@NullMarked
package shinrai.dealer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

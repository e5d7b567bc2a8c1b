/**
 * The workshop: repair orders (委托书) from the moment reception opens them. Estimates, promised times, dispatch,
 * the three-level quality check and delivery build on this aggregate.
 */
@ApplicationModule(allowedDependencies = {"customer", "database", "dealer", "messaging", "parts", "vehicle", "web"})
@NullMarked
package shinrai.workshop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

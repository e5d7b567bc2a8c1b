/** Vehicles: identity (VIN, plate), model, odometer history, ownership over time. */
@ApplicationModule(allowedDependencies = {"audit"})
@NullMarked
package shinrai.vehicle;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

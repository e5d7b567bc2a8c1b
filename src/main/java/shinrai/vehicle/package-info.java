/** Vehicles: identity (VIN, plate), model, odometer history, ownership over time. */
@NullMarked
package shinrai.vehicle;

import org.jspecify.annotations.NullMarked;

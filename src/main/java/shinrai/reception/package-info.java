/**
 * Reception (接待): the car's history shown before the customer is greeted, the customer's own words, the
 * walk-around (odometer, fuel, valuables, damage on the car diagram) and the protective covers; it ends by opening
 * the repair order.
 */
@ApplicationModule(allowedDependencies = {"appointment", "customer", "dealer", "vehicle", "web", "workshop"})
@NullMarked
package shinrai.reception;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Appointments (预约): what a dealer can take per time slot (advisors, reception lanes, workshop bays and technician
 * hours), when it is closed, bookings by phone, walk-in, API or the customer's own booking page, the day-before
 * preparation list, and arrivals, late arrivals and no-shows.
 */
@ApplicationModule(allowedDependencies = {"customer", "database", "dealer", "messaging", "vehicle", "web", "workshop"})
@NullMarked
package shinrai.appointment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

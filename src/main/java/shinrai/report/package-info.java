/**
 * Reports (报表): the service manager's daily report (日报) of the day and the month to date against the month's
 * targets, printable and exported to Excel. The report owns only the targets; every figure is asked from the module
 * that owns it (workshop, reception, appointment), and names from the dealer's staff directory.
 */
@ApplicationModule(allowedDependencies = {"appointment", "dealer", "reception", "web", "workshop"})
@NullMarked
package shinrai.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Complaints (投诉): each with the customer's words kept as said, an owner, deadlines for the first response and for
 * the resolution by severity, escalation to the service manager and then the general manager when a deadline passes,
 * a contact log, root cause and corrective action, goodwill with who approved it, and the customer's confirmation
 * before it is closed. A dissatisfied survey answer or a low delivery rating opens one by the dealer's rule. Never
 * deleted.
 */
@ApplicationModule(
        allowedDependencies = {"audit", "customer", "database", "dealer", "survey", "vehicle", "web", "workshop"})
@NullMarked
package shinrai.complaint;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

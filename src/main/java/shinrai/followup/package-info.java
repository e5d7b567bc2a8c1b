/**
 * Follow-up calls (回访): each delivered repair order becomes one call task, due a few days after delivery, given to
 * the dealer's customer-relations agents in turn, never to a customer who withdrew phone consent. Agents work their
 * queue and record what came of each call; the service manager sees overdue calls and each agent's load. Surveys,
 * complaints and the monthly lists build on this module later.
 */
@ApplicationModule(allowedDependencies = {"audit", "customer", "database", "dealer", "vehicle", "web", "workshop"})
@NullMarked
package shinrai.followup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Customers at risk, month by month (月度客户关注清单): the dissatisfied (complaints, low ratings), the follow-up problems and the customers lost
 * since their last visit, each with an owner and a result, exported to Excel. The lists are read from the modules
 * that own their sources whenever they are shown; this module keeps only who owns each entry, what came of it, and
 * after how many months without a visit the dealer counts a customer lost.
 */
@ApplicationModule(allowedDependencies = {"complaint", "customer", "dealer", "followup", "web", "workshop"})
@NullMarked
package shinrai.retention;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

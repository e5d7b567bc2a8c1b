/**
 * The few types every module speaks: whose data a piece of work may touch ({@link shinrai.shared.DealerScope}),
 * business-rule failures that carry a message key, and the navigation each module contributes to the shell.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package shinrai.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

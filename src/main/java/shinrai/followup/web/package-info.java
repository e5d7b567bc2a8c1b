/** The agent's queue and call page, the manager's overview with reassignment, and the call terms page. */
@NullMarked
package shinrai.followup.web;

import org.jspecify.annotations.NullMarked;

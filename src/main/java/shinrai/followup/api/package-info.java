/** Follow-up calls for other systems (a call-centre's softphone, a CRM): list, read, record a call, reassign. */
@NullMarked
package shinrai.followup.api;

import org.jspecify.annotations.NullMarked;

/** Complaints for other systems (a call centre, the network's hotline, a CRM): every step of a complaint. */
@NullMarked
package shinrai.complaint.api;

import org.jspecify.annotations.NullMarked;

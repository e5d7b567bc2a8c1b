/** The complaints list, a complaint's page with its steps, the new complaint form and the complaint terms page. */
@NullMarked
package shinrai.complaint.web;

import org.jspecify.annotations.NullMarked;

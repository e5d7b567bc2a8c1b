/** The appointment API, for tablet apps and OEM booking systems. */
@NullMarked
package shinrai.appointment.api;

import org.jspecify.annotations.NullMarked;

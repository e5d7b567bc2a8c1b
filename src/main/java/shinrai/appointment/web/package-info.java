/** The appointment pages: the day board, the booking form, the preparation list, the set-up and the public page. */
@NullMarked
package shinrai.appointment.web;

import org.jspecify.annotations.NullMarked;

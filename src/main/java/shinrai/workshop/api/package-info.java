/** The repair-order API. */
@NullMarked
package shinrai.workshop.api;

import org.jspecify.annotations.NullMarked;

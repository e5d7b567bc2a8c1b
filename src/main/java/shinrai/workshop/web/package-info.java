/** The repair-order pages. */
@NullMarked
package shinrai.workshop.web;

import org.jspecify.annotations.NullMarked;

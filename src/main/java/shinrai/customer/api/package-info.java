/** The customer module's REST API. */
@NullMarked
package shinrai.customer.api;

import org.jspecify.annotations.NullMarked;

/** The dealer module's REST API: tokens, the signed-in user, staff and dealers. */
@NullMarked
package shinrai.dealer.api;

import org.jspecify.annotations.NullMarked;

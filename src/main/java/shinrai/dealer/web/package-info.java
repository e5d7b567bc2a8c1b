/** The dealer admin's pages (staff, dealer profile), the network's dealer list, and each user's own account. */
@NullMarked
package shinrai.dealer.web;

import org.jspecify.annotations.NullMarked;

/** Customer import: reading the customer and vehicle lists other dealer systems export, with bounded memory. */
@NullMarked
package shinrai.customer.importing;

import org.jspecify.annotations.NullMarked;

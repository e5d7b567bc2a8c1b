/**
 * Customer import: the customer and vehicle lists other dealer systems export, read row by row through {@link
 * shinrai.tabular.TabularFiles}, mapped to fields, checked and created in batches, each bad line reported with its
 * reason.
 */
@NullMarked
package shinrai.customer.importing;

import org.jspecify.annotations.NullMarked;

/** The customer pages: search results, registration, the 360° view, consents and adding vehicles. */
@NullMarked
package shinrai.customer.web;

import org.jspecify.annotations.NullMarked;

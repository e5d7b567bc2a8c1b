/**
 * The customer pages: search results, registration, the 360° view, consents, a company's contacts, and each vehicle
 * with its readings, owners and transfer.
 */
@NullMarked
package shinrai.customer.web;

import org.jspecify.annotations.NullMarked;

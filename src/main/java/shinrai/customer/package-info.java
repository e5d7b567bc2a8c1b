/**
 * Customers: people and companies, how to reach them, what they consented to, and everything that happened with
 * them.
 */
@NullMarked
package shinrai.customer;

import org.jspecify.annotations.NullMarked;

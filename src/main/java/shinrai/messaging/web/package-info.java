/** The outbox page. */
@NullMarked
package shinrai.messaging.web;

import org.jspecify.annotations.NullMarked;

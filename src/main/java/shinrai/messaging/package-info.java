/**
 * Messages to customers: every message Shinrai would send goes through the outbox, which decides the channel and
 * enforces consent in one place. The sending adapters (SMS gateway, WeChat, e-mail) are a later module.
 */
@ApplicationModule(allowedDependencies = {"audit", "customer", "dealer"})
@NullMarked
package shinrai.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

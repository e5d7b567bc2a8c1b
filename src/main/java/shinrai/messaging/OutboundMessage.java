package shinrai.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A message to one customer, before the outbox chose its channel.
 *
 * @param topic what the message is, e.g. {@code APPOINTMENT_REMINDER}; with the reference it identifies the message
 * @param reference the business record it is about, e.g. {@code appointment:42}
 * @param messageKey the text, rendered in the customer's language when queued
 */
public record OutboundMessage(
        long customerId,
        MessagePurpose purpose,
        String topic,
        String reference,
        Instant dueAt,
        String messageKey,
        List<String> arguments) {

    public OutboundMessage {
        arguments = List.copyOf(arguments);
    }
}

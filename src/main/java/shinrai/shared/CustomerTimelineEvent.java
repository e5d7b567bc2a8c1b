package shinrai.shared;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened with a customer, published by the module where it happened (an appointment booked, a
 * car received) for the customer's timeline. It lives here so those modules need not depend on the customer
 * module's internals, and the customer module need not know them.
 *
 * @param kind the timeline's grouping, e.g. {@code APPOINTMENT}
 * @param summaryKey the message key the timeline shows, with {@code arguments}
 * @param reference the record it is about, e.g. {@code appointment:42}
 */
public record CustomerTimelineEvent(
        long dealerId,
        long customerId,
        Instant occurredAt,
        String kind,
        String summaryKey,
        String reference,
        List<String> arguments) {

    public CustomerTimelineEvent {
        arguments = List.copyOf(arguments);
    }
}

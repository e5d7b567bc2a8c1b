package shinrai.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.customer.ConsentChannel;

/** A message in the outbox. The address is as the sender needs it; pages mask it like any contact detail. */
public record QueuedMessage(
        long id,
        long customerId,
        ConsentChannel channel,
        String address,
        MessagePurpose purpose,
        String topic,
        String reference,
        String body,
        Instant dueAt,
        Status status,
        Instant createdAt,
        @Nullable Instant cancelledAt) {

    public enum Status {
        PENDING,
        CANCELLED,
        SENT,
        FAILED
    }
}

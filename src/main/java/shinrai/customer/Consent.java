package shinrai.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One consent event: a channel granted or withdrawn, when, how, and who recorded it. */
public record Consent(
        ConsentChannel channel,
        boolean granted,
        Instant occurredAt,
        ConsentMethod method,
        @Nullable String recordedBy,
        String note) {}

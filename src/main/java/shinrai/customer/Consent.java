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
        String note) {

    /** The current answer per channel, from a history newest first; a channel never asked about is absent. */
    public static java.util.Map<ConsentChannel, Consent> currentOf(java.util.List<Consent> newestFirst) {
        java.util.Map<ConsentChannel, Consent> current = new java.util.EnumMap<>(ConsentChannel.class);
        newestFirst.forEach(consent -> current.putIfAbsent(consent.channel(), consent));
        return current;
    }
}

package shinrai.customer;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * When in the day a customer prefers to be called, as a service desk asks it: any time (the default, stored as no
 * preference), in the morning, around midday, in the afternoon or in the evening. Each is a window of the customer's
 * day; whoever calls keeps to the part of it within their own calling hours.
 */
public enum ContactTime {
    ANY(LocalTime.MIN, LocalTime.MAX),
    /** Before noon. */
    MORNING(LocalTime.MIN, LocalTime.NOON),
    /** Noon to two, the lunch break. */
    MIDDAY(LocalTime.NOON, LocalTime.of(14, 0)),
    /** Two to six. */
    AFTERNOON(LocalTime.of(14, 0), LocalTime.of(18, 0)),
    /** After six. */
    EVENING(LocalTime.of(18, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    ContactTime(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** The window's first moment of the day. */
    public LocalTime from() {
        return from;
    }

    /** The moment the window ends ({@link LocalTime#MAX}: the end of the day). */
    public LocalTime until() {
        return until;
    }

    /** As the customer table stores it: no preference is {@code NULL}. */
    public @Nullable String stored() {
        return this == ANY ? null : name();
    }

    public static ContactTime ofStored(@Nullable String stored) {
        return stored == null ? ANY : valueOf(stored);
    }

    public String messageKey() {
        return "customer.contactTime." + name();
    }
}

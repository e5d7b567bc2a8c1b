package shinrai.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import shinrai.customer.ContactTime;

/**
 * The hours the dealer's agents call customers: its opening hours, in its own time zone. A call falls due within
 * them, never at night.
 */
record CallHours(ZoneId zone, LocalTime opens, LocalTime closes) {

    /**
     * The part of the calling hours within the customer's preferred time of day, or empty when the agents do not
     * call then at all (an evening caller at a dealer that closes at six): the caller keeps to the calling hours.
     * Any time is the calling hours themselves.
     */
    Optional<CallHours> honouring(ContactTime preferred) {
        LocalTime from = preferred.from().isAfter(opens) ? preferred.from() : opens;
        LocalTime until = preferred.until().isBefore(closes) ? preferred.until() : closes;
        return from.isBefore(until) ? Optional.of(new CallHours(zone, from, until)) : Optional.empty();
    }

    /** The hours to call a customer who prefers this time of day: its part of the calling hours, else all of them. */
    CallHours keepingTo(ContactTime preferred) {
        return honouring(preferred).orElse(this);
    }

    /** The moment a call may first be made on the given day of the dealer's calendar. */
    Instant opening(LocalDate day) {
        return day.atTime(opens).atZone(zone).toInstant();
    }

    /** The end of the given day's calling hours. */
    Instant closing(LocalDate day) {
        return day.atTime(closes).atZone(zone).toInstant();
    }

    LocalDate dayOf(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }

    /** The moment itself if the agents call then, else the next opening. */
    Instant within(Instant moment) {
        ZonedDateTime local = moment.atZone(zone);
        if (local.toLocalTime().isBefore(opens)) {
            return opening(local.toLocalDate());
        }
        if (!local.toLocalTime().isBefore(closes)) {
            return opening(local.toLocalDate().plusDays(1));
        }
        return moment;
    }
}

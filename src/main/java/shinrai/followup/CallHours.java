package shinrai.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours the dealer's agents call customers: its opening hours, in its own time zone. A call falls due within
 * them, never at night.
 */
record CallHours(ZoneId zone, LocalTime opens, LocalTime closes) {

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

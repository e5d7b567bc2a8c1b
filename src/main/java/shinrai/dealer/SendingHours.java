package shinrai.dealer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a dealer's messages may ring a customer's phone, as times of the dealer's day: from {@code from} until just
 * before {@code until}. Nobody wants a booking confirmation at three in the morning.
 */
public record SendingHours(LocalTime from, LocalTime until) {

    /** What a dealer gets until it says otherwise. */
    public static final SendingHours DEFAULT = new SendingHours(LocalTime.of(8, 0), LocalTime.of(21, 0));

    public SendingHours {
        if (!from.isBefore(until)) {
            throw new InvalidDealerProfile("messagesUntil", "dealer.error.sendingHours");
        }
    }

    /**
     * The earliest moment at or after {@code due} that lies within the hours in the dealer's time zone: {@code due}
     * itself when it does, otherwise when the hours next open.
     */
    public Instant earliestFrom(Instant due, ZoneId zone) {
        ZonedDateTime local = due.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(from) && time.isBefore(until)) {
            return due;
        }
        LocalDate day =
                time.isBefore(from) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        // an opening time that a daylight-saving gap skips resolves to just after the gap
        return day.atTime(from).atZone(zone).toInstant();
    }
}

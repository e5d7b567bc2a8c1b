package shinrai.appointment;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * How a dealer takes bookings.
 *
 * @param slotMinutes the length of a slot: 15, 20, 30 or 60 minutes
 * @param perAdvisorPerSlot how many cars one advisor receives in one slot
 * @param maxPerSlot reception lanes: at most this many cars arrive in one slot whatever the advisors on duty; none
 *     when only the advisors limit it
 * @param horizonDays how far ahead customers may book
 * @param lateAfterMinutes an arrival later than this after the slot's start is recorded as late
 * @param noShowAfterMinutes a car not here this long after its slot's start is a no-show
 * @param reminderTime when, the day before, the reminder goes out
 */
public record BookingRules(
        int slotMinutes,
        int perAdvisorPerSlot,
        @Nullable Integer maxPerSlot,
        int horizonDays,
        int lateAfterMinutes,
        int noShowAfterMinutes,
        LocalTime reminderTime) {

    /** What a dealer gets until its manager says otherwise. */
    public static final BookingRules DEFAULT = new BookingRules(30, 2, null, 60, 15, 60, LocalTime.of(10, 0));
}

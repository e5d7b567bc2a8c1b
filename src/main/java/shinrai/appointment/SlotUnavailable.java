package shinrai.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import shinrai.shared.BusinessRuleViolation;

/**
 * The slot asked for cannot be booked: it is not one of the dealer's slots, it has passed, it is beyond the booking
 * horizon, the dealer is closed or the time is blocked. A slot that is open but has no room left is {@link SlotFull}.
 */
public class SlotUnavailable extends BusinessRuleViolation {

    private final String reasonKey;

    SlotUnavailable(LocalDate day, LocalTime time, String reasonKey) {
        this("booking.error.slotUnavailable", day, time, reasonKey);
    }

    SlotUnavailable(String messageKey, LocalDate day, LocalTime time, String reasonKey) {
        super(
                messageKey,
                "time",
                day.toString(),
                time.toString(),
                new DefaultMessageSourceResolvable(new String[] {reasonKey}, reasonKey));
        this.reasonKey = reasonKey;
    }

    /** Why, as a message key: {@code booking.full.notASlot}, {@code booking.full.advisors}, ... */
    public String reasonKey() {
        return reasonKey;
    }
}

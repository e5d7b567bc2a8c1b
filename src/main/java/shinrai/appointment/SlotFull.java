package shinrai.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import shinrai.shared.BusinessRuleViolation;

/** The slot asked for takes no more cars; the message says why (advisors, lanes, bays, hours, closed). */
public class SlotFull extends BusinessRuleViolation {

    private final String reasonKey;

    SlotFull(LocalDate day, LocalTime time, String reasonKey) {
        super(
                "booking.error.slotFull",
                "time",
                day.toString(),
                time.toString(),
                new DefaultMessageSourceResolvable(new String[] {reasonKey}, reasonKey));
        this.reasonKey = reasonKey;
    }

    /** Why, as a message key: {@code booking.full.advisors}, {@code booking.full.hours}, ... */
    public String reasonKey() {
        return reasonKey;
    }
}

package shinrai.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

/** The slot asked for is open but takes no more cars; the message says why (advisors, lanes, bays, hours). */
public class SlotFull extends SlotUnavailable {

    SlotFull(LocalDate day, LocalTime time, String reasonKey) {
        super("booking.error.slotFull", day, time, reasonKey);
    }
}

package shinrai.appointment;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import shinrai.shared.BusinessRuleViolation;

/**
 * The car already has a visit: it is booked on the day asked for, or it is in the workshop now. Booking it again
 * would hold a second place and send the customer a second confirmation, so the desk books it only when it says it
 * means to, and the customer's own booking page not at all.
 */
public class CarAlreadyExpected extends BusinessRuleViolation {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final boolean inWorkshop;

    private CarAlreadyExpected(boolean inWorkshop, String messageKey, Object... arguments) {
        super(messageKey, "vehicleId", arguments);
        this.inWorkshop = inWorkshop;
    }

    static CarAlreadyExpected bookedThatDay(Appointment existing, ZoneId zone) {
        return new CarAlreadyExpected(
                false,
                "booking.error.alreadyBookedThatDay",
                existing.day().toString(),
                TIME.format(existing.startsAt().atZone(zone)));
    }

    static CarAlreadyExpected inWorkshop(String repairOrderNumber) {
        return new CarAlreadyExpected(true, "booking.error.inWorkshop", repairOrderNumber);
    }

    /** In the workshop now, rather than booked for that day. */
    public boolean inWorkshop() {
        return inWorkshop;
    }
}

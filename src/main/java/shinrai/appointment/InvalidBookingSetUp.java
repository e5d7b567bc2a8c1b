package shinrai.appointment;

import shinrai.shared.BusinessRuleViolation;

/** A change to the booking set-up that cannot be taken. */
public class InvalidBookingSetUp extends BusinessRuleViolation {

    InvalidBookingSetUp(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

package shinrai.appointment;

import shinrai.shared.BusinessRuleViolation;

/** A booking, or a change to one, that the rules refuse for a reason other than capacity. */
public class InvalidBooking extends BusinessRuleViolation {

    InvalidBooking(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

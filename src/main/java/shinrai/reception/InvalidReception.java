package shinrai.reception;

import shinrai.shared.BusinessRuleViolation;

/** Something the advisor must record, or correct, before the car is taken in. */
public class InvalidReception extends BusinessRuleViolation {

    InvalidReception(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

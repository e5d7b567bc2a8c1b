package shinrai.customer;

import shinrai.shared.BusinessRuleViolation;

/** A resident identity card number that GB 11643-1999 refuses. */
public class InvalidIdCardNumber extends BusinessRuleViolation {

    InvalidIdCardNumber(String messageKey, Object... arguments) {
        super(messageKey, "idCardNumber", arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

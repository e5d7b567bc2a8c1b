package shinrai.customer;

import shinrai.shared.BusinessRuleViolation;

/** A phone number that no numbering plan knows. */
public class InvalidPhoneNumber extends BusinessRuleViolation {

    InvalidPhoneNumber(String messageKey, Object... arguments) {
        super(messageKey, "phone", arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

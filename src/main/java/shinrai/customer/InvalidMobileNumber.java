package shinrai.customer;

import shinrai.shared.BusinessRuleViolation;

/** A mobile number refused: not a number, not Chinese, or a landline where a mobile is needed. */
public class InvalidMobileNumber extends BusinessRuleViolation {

    InvalidMobileNumber(String messageKey, Object... arguments) {
        super(messageKey, "mobile", arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

package shinrai.complaint;

import shinrai.shared.BusinessRuleViolation;

/** Input to a complaint refused, naming the field it came in: words missing, a term out of range. */
public class InvalidComplaintInput extends BusinessRuleViolation {

    InvalidComplaintInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

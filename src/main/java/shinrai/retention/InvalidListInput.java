package shinrai.retention;

import shinrai.shared.BusinessRuleViolation;

/** Input to the monthly lists refused, naming the field it came in: a note too long, a term out of range. */
public class InvalidListInput extends BusinessRuleViolation {

    InvalidListInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

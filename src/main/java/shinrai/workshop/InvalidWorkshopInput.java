package shinrai.workshop;

import shinrai.shared.BusinessRuleViolation;

/** Input to the workshop refused, naming the field it came in: an hour count out of range, a blank name. */
public class InvalidWorkshopInput extends BusinessRuleViolation {

    InvalidWorkshopInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

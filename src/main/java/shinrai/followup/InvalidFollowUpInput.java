package shinrai.followup;

import shinrai.shared.BusinessRuleViolation;

/** Input to follow-up calls refused, naming the field it came in: a note too long, a term out of range. */
public class InvalidFollowUpInput extends BusinessRuleViolation {

    InvalidFollowUpInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

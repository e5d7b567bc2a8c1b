package shinrai.survey;

import shinrai.shared.BusinessRuleViolation;

/** Survey input refused, naming the field: a score off the scale, a required question unanswered, weights not 100. */
public class InvalidSurveyInput extends BusinessRuleViolation {

    InvalidSurveyInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }
}

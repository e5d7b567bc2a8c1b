package shinrai.survey;

import shinrai.shared.BusinessRuleViolation;

/** A survey refused because of where things stand: the visit's survey already answered, the call already closed. */
public class SurveyRefused extends BusinessRuleViolation {

    SurveyRefused(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

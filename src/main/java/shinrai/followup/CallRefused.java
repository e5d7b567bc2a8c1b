package shinrai.followup;

import shinrai.shared.BusinessRuleViolation;

/**
 * A step on a call task refused because of where the task stands: recording a call on a closed task, reassigning one
 * that is done. The message says why in the user's language ({@code followUp.refused.*}).
 */
public class CallRefused extends BusinessRuleViolation {

    CallRefused(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

package shinrai.followup;

import shinrai.shared.BusinessRuleViolation;

/**
 * Someone recorded a call on the task, or reassigned it, after the user loaded it: the change is refused rather than
 * written over theirs, and the message says who changed it and when.
 */
public class CallChangedMeanwhile extends BusinessRuleViolation {

    CallChangedMeanwhile(String changedBy, String at) {
        super("followUp.refused.changedMeanwhile", "version", changedBy, at);
    }
}

package shinrai.complaint;

import shinrai.shared.BusinessRuleViolation;

/**
 * Someone changed the complaint after the user loaded it: the change is refused rather than written over theirs, and
 * the message says who changed it and when.
 */
public class ComplaintChangedMeanwhile extends BusinessRuleViolation {

    ComplaintChangedMeanwhile(String changedBy, String at) {
        super("complaint.refused.changedMeanwhile", "version", changedBy, at);
    }
}

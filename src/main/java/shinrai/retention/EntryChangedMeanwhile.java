package shinrai.retention;

import shinrai.shared.BusinessRuleViolation;

/** Someone took the entry in hand, or changed it, after the user loaded the list: refused rather than written over. */
public class EntryChangedMeanwhile extends BusinessRuleViolation {

    EntryChangedMeanwhile() {
        super("retention.refused.changedMeanwhile", "version");
    }
}

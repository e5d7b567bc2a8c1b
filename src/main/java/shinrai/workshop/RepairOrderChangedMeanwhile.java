package shinrai.workshop;

import shinrai.shared.BusinessRuleViolation;

/**
 * Someone saved the repair order after the user loaded it: their change is refused rather than written over the
 * other one, and the message says who changed it and when, so the user reloads and decides again.
 */
public class RepairOrderChangedMeanwhile extends BusinessRuleViolation {

    RepairOrderChangedMeanwhile(String changedBy, String at) {
        super("repairOrder.refused.changedMeanwhile", "version", changedBy, at);
    }
}

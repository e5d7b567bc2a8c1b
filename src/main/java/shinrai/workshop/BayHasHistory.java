package shinrai.workshop;

import shinrai.shared.BusinessRuleViolation;

/** A bay some job was put or clocked in cannot be removed: the board and the time sheets still name it. */
public class BayHasHistory extends BusinessRuleViolation {

    BayHasHistory(String name) {
        super("workshop.bays.error.used", null, name);
    }
}

package shinrai.complaint;

import shinrai.shared.BusinessRuleViolation;

/** A step on a complaint refused by its state: closing without the customer's confirmation, resolving twice. */
public class ComplaintRefused extends BusinessRuleViolation {

    ComplaintRefused(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

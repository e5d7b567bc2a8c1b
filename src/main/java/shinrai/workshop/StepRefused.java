package shinrai.workshop;

import shinrai.shared.BusinessRuleViolation;

/**
 * A step the repair order refused because it does not follow from where the order stands: clocking on a line the
 * customer has not approved, delivering before the final check, settling twice. The message says why, in the
 * user's language ({@code repairOrder.refused.*}).
 */
public class StepRefused extends BusinessRuleViolation {

    StepRefused(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

package shinrai.workshop.web;

import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.workshop.RepairOrder;

/**
 * A step taken from the dispatch board or the technician's page, answered after the redirect: the notice when it
 * was saved, the business reason when it was refused (a stale order names who changed it and when).
 */
final class StepOutcome {

    private StepOutcome() {}

    static void of(RedirectAttributes redirect, Supplier<RepairOrder> step, String notice, Object... arguments) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArguments", arguments);
        } catch (BusinessRuleViolation refused) {
            BusinessRuleViolation shown = refused instanceof InvalidInput invalid
                            && !invalid.violations().isEmpty()
                    ? invalid.violations().get(0)
                    : refused;
            redirect.addFlashAttribute("problem", shown.messageKey());
            redirect.addFlashAttribute("problemArguments", shown.arguments());
        }
    }
}

package shinrai.followup.web;

import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;

/** A step's result as the next page shows it after the redirect: a notice, or the refusal in the user's words. */
final class Outcomes {

    private Outcomes() {}

    static boolean of(RedirectAttributes redirect, Supplier<?> step, String notice, Object... arguments) {
        try {
            step.get();
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("noticeArguments", arguments);
            return true;
        } catch (BusinessRuleViolation refused) {
            BusinessRuleViolation shown = refused instanceof InvalidInput invalid
                            && !invalid.violations().isEmpty()
                    ? invalid.violations().get(0)
                    : refused;
            redirect.addFlashAttribute("problem", shown.messageKey());
            redirect.addFlashAttribute("problemArguments", shown.arguments());
            return false;
        }
    }

    /** A form the binder refused: the first field's problem, named. */
    static void refused(RedirectAttributes redirect, BindingResult bound) {
        FieldError field = bound.getFieldError();
        redirect.addFlashAttribute("problem", "followUp.error.form");
        String name = field == null ? "form" : field.getField();
        redirect.addFlashAttribute("problemArguments", new Object[] {
            new DefaultMessageSourceResolvable(new String[] {"followUp.field." + name}, name)
        });
    }
}

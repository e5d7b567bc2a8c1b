package shinrai.web;

import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;

/**
 * A step's result as the next page shows it after the redirect ({@code fragments/forms :: notices}): a notice, or the
 * refusal in the user's words.
 */
public final class FlashOutcome {

    private FlashOutcome() {}

    /** Takes the step; a notice when it is taken, the (first) business reason when it is refused. */
    public static boolean of(RedirectAttributes redirect, Supplier<?> step, String notice, Object... arguments) {
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

    /**
     * A form the binder refused: {@code problemKey} with the first field's name, translated by {@code fieldKeys} +
     * the field (as {@code followUp.field.note}).
     */
    public static void refused(RedirectAttributes redirect, BindingResult bound, String problemKey, String fieldKeys) {
        FieldError field = bound.getFieldError();
        redirect.addFlashAttribute("problem", problemKey);
        String name = field == null ? "form" : field.getField();
        redirect.addFlashAttribute("problemArguments", new Object[] {
            new DefaultMessageSourceResolvable(new String[] {fieldKeys + name}, name)
        });
    }
}

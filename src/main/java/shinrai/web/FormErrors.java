package shinrai.web;

import org.springframework.validation.BindingResult;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;

/** Shows a business-rule refusal next to the field it is about, or at the top of the form. */
public final class FormErrors {

    private FormErrors() {}

    public static void reject(BindingResult form, BusinessRuleViolation violation) {
        if (violation instanceof InvalidInput invalid) {
            invalid.violations().forEach(each -> reject(form, each));
            return;
        }
        if (violation.field() != null && form.getTarget() != null && hasField(form, violation.field())) {
            form.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
        } else {
            form.reject(violation.messageKey(), violation.arguments(), null);
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        try {
            form.getFieldType(field);
            return form.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}

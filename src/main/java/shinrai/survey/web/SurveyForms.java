package shinrai.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;

/** A survey form refused: every problem in the reader's words, the questions to mark, the answers given kept. */
final class SurveyForms {

    private SurveyForms() {}

    static void refused(
            RedirectAttributes redirect,
            BusinessRuleViolation refused,
            Map<String, String> form,
            Locale locale,
            MessageSource messages) {
        List<BusinessRuleViolation> each =
                refused instanceof InvalidInput invalid ? invalid.violations() : List.of(refused);
        List<String> problems = new ArrayList<>();
        Set<String> questions = new LinkedHashSet<>();
        for (BusinessRuleViolation violation : each) {
            problems.add(messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            String field = violation.field();
            if (field != null && field.startsWith("answers.")) {
                String key = field.substring("answers.".length());
                int dot = key.indexOf('.');
                questions.add(dot < 0 ? key : key.substring(0, dot));
            }
        }
        redirect.addFlashAttribute("problems", problems);
        redirect.addFlashAttribute("problemQuestions", questions);
        redirect.addFlashAttribute("given", form);
    }
}

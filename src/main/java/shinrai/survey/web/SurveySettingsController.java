package shinrai.survey.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.survey.CsiWeights;
import shinrai.survey.Questionnaire;
import shinrai.survey.Questionnaires;
import shinrai.survey.SurveySettings;

/**
 * The service manager chooses the questionnaire the dealer's follow-up calls and survey links ask, and sets the CSI
 * factor weights; every questionnaire's questions can be read here.
 */
@Controller
@RequestMapping("/surveys/settings")
@PreAuthorize("hasAuthority('SURVEY_MANAGE')")
class SurveySettingsController {

    private final SurveySettings settings;
    private final Questionnaires questionnaires;
    private final MessageSource messages;

    SurveySettingsController(SurveySettings settings, Questionnaires questionnaires, MessageSource messages) {
        this.settings = settings;
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        SurveySettings.Settings current = settings.current();
        model.addAttribute("settings", current);
        java.util.List<Questionnaire> all = questionnaires.all();
        model.addAttribute(
                "questionnaires",
                all.stream()
                        .map(q -> new Listed(ShownQuestionnaire.of(q, locale, messages), q.shipped(), q))
                        .toList());
        // a network questionnaire retired since it was chosen is no longer asked: the calls ask CSI
        model.addAttribute(
                "inUse",
                all.stream().anyMatch(q -> q.code().equals(current.questionnaire()))
                        ? current.questionnaire()
                        : Questionnaires.csi().code());
        if (!model.containsAttribute("weights")) {
            model.addAttribute("weights", current.weights().byFactor());
        }
        return "survey/settings";
    }

    @PostMapping("/questionnaire")
    String choose(@RequestParam String questionnaire, RedirectAttributes redirect, Locale locale) {
        try {
            SurveySettings.Settings chosen = settings.choose(questionnaire);
            redirect.addFlashAttribute("notice", "survey.settings.chosen");
            redirect.addFlashAttribute("noticeArguments", new Object[] {
                questionnaires.get(chosen.questionnaire()).name().in(locale, messages)
            });
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/surveys/settings";
    }

    @PostMapping("/weights")
    String weigh(
            @RequestParam(required = false) String initiation,
            @RequestParam(required = false) String advisor,
            @RequestParam(required = false) String facility,
            @RequestParam(required = false) String pickUp,
            @RequestParam(required = false) String quality,
            RedirectAttributes redirect) {
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("INITIATION", initiation);
        given.put("ADVISOR", advisor);
        given.put("FACILITY", facility);
        given.put("PICK_UP", pickUp);
        given.put("QUALITY", quality);
        try {
            InvalidInput.Collector problems = new InvalidInput.Collector();
            int[] w = new int[5];
            String[] fields = {"initiation", "advisor", "facility", "pickUp", "quality"};
            String[] values = {initiation, advisor, facility, pickUp, quality};
            for (int i = 0; i < 5; i++) {
                final int at = i;
                w[i] = problems.attempt(() -> weight(fields[at], values[at]), 0);
            }
            problems.throwIfAny();
            settings.weigh(new CsiWeights(w[0], w[1], w[2], w[3], w[4]));
            redirect.addFlashAttribute("notice", "survey.settings.weightsSaved");
        } catch (BusinessRuleViolation refused) {
            BusinessRuleViolation shown = refused instanceof InvalidInput invalid
                            && !invalid.violations().isEmpty()
                    ? invalid.violations().get(0)
                    : refused;
            if (shown instanceof WeightRefused) {
                redirect.addFlashAttribute("problem", "survey.error.weightOf");
                redirect.addFlashAttribute("problemArguments", new Object[] {
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {"survey.field." + shown.field()}, shown.field()),
                    0,
                    100
                });
            } else {
                redirect.addFlashAttribute("problem", shown.messageKey());
                redirect.addFlashAttribute("problemArguments", shown.arguments());
            }
            redirect.addFlashAttribute("weights", given);
        }
        return "redirect:/surveys/settings";
    }

    private static Integer weight(String field, String value) {
        try {
            int weight = Integer.parseInt(value == null ? "" : value.strip());
            if (weight < 0 || weight > 100) {
                throw new NumberFormatException();
            }
            return weight;
        } catch (NumberFormatException notAWeight) {
            throw new shinrai.shared.InvalidInput(java.util.List.of(new WeightRefused(field)));
        }
    }

    /** A weight that is not a whole number from 0 to 100. */
    static final class WeightRefused extends BusinessRuleViolation {
        WeightRefused(String field) {
            super("survey.error.weightOf", field, field, 0, 100);
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }

    record Listed(ShownQuestionnaire shown, boolean shipped, Questionnaire questionnaire) {}
}

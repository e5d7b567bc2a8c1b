package shinrai.survey.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.survey.Questionnaire;
import shinrai.survey.Questionnaires;

/**
 * The network's own questionnaires ({@code /surveys/network/questionnaires}) for its analysts: those in force, which
 * every dealer of the network may choose, and the retired ones; writing a new one, retiring one, its results.
 */
@Controller
@PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
class NetworkQuestionnairesController {

    private final Questionnaires questionnaires;
    private final MessageSource messages;

    NetworkQuestionnairesController(Questionnaires questionnaires, MessageSource messages) {
        this.questionnaires = questionnaires;
        this.messages = messages;
    }

    @GetMapping("/surveys/network/questionnaires")
    String list(Model model, Locale locale) {
        model.addAttribute(
                "questionnaires",
                questionnaires.ofNetwork().stream()
                        .map(q -> new Listed(ShownQuestionnaire.of(q, locale, messages), q))
                        .toList());
        return "survey/network-questionnaires";
    }

    @PostMapping("/surveys/network/questionnaires/{code}/retire")
    String retire(@PathVariable String code, RedirectAttributes redirect, Locale locale) {
        try {
            Questionnaire retired = questionnaires.retire(code);
            redirect.addFlashAttribute("notice", "survey.network.retired");
            redirect.addFlashAttribute(
                    "noticeArguments", new Object[] {retired.name().in(locale, messages)});
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/surveys/network/questionnaires";
    }

    record Listed(ShownQuestionnaire shown, Questionnaire questionnaire) {}
}

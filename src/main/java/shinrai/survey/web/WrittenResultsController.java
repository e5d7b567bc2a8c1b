package shinrai.survey.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;
import shinrai.survey.Questionnaire;
import shinrai.survey.Questionnaires;
import shinrai.survey.WrittenResults;

/**
 * The month of a written questionnaire: for the service manager, the dealer's score, per advisor and per technician,
 * each question's mean or choices, and the customers' own words ({@code /surveys/questionnaires/{code}/results}); for
 * the network analyst, a network questionnaire at each of the network's dealers side by side
 * ({@code /surveys/network/questionnaires/{code}/results}).
 */
@Controller
class WrittenResultsController {

    private final Questionnaires questionnaires;
    private final WrittenResults results;
    private final DealerDirectory dealers;
    private final MessageSource messages;
    private final Clock clock;

    WrittenResultsController(
            Questionnaires questionnaires,
            WrittenResults results,
            DealerDirectory dealers,
            MessageSource messages,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.results = results;
        this.dealers = dealers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/surveys/questionnaires/{code}/results")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    String dealer(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String month,
            Model model,
            Locale locale) {
        Questionnaire questionnaire = questionnaires.get(code);
        YearMonth shown = SurveyResultsController.month(
                month, model, clock.instant().atZone(dealers.current().zone()));
        model.addAttribute("figures", results.dealerMonth(questionnaire, shown));
        model.addAttribute("zone", dealers.current().zone());
        describe(questionnaire, model, locale);
        return "survey/written-results";
    }

    @GetMapping("/surveys/network/questionnaires/{code}/results")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    String network(
            @PathVariable String code,
            @RequestParam(required = false) @Nullable String month,
            Model model,
            Locale locale) {
        Questionnaire questionnaire = questionnaires.getOfNetwork(code);
        ZoneId zone =
                DealerScope.current().dealer().isPresent() ? dealers.current().zone() : ZoneId.of("Asia/Shanghai");
        YearMonth shown =
                SurveyResultsController.month(month, model, clock.instant().atZone(zone));
        model.addAttribute("dealers", results.network(questionnaire, shown));
        describe(questionnaire, model, locale);
        return "survey/network-written-results";
    }

    private void describe(Questionnaire questionnaire, Model model, Locale locale) {
        ShownQuestionnaire shown = ShownQuestionnaire.of(questionnaire, locale, messages);
        Map<String, ShownQuestionnaire.ShownQuestion> byKey = new LinkedHashMap<>();
        Map<String, String> optionLabels = new LinkedHashMap<>();
        shown.questions().forEach(q -> {
            byKey.put(q.key(), q);
            q.options().forEach(o -> optionLabels.put(q.key() + "." + o.key(), o.label()));
        });
        model.addAttribute("questionnaire", shown);
        model.addAttribute("retired", questionnaire.retired());
        model.addAttribute("questionsByKey", byKey);
        model.addAttribute("optionLabels", optionLabels);
    }
}

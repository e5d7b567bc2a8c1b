package shinrai.survey.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;
import shinrai.survey.Questionnaires;
import shinrai.survey.SurveyResults;
import tools.jackson.databind.json.JsonMapper;

/**
 * The month's satisfaction for the service manager ({@code /surveys/results}): the dealer's CSI with its factors, the
 * twelve months before, CSI per advisor and per technician, the SERVQUAL gaps; and for the network analyst
 * ({@code /surveys/network}) the network's dealers side by side. Charts are drawn by ECharts from the figures the page
 * carries; the same figures stand in tables beneath them.
 */
@Controller
class SurveyResultsController {

    private final SurveyResults results;
    private final Questionnaires questionnaires;
    private final DealerDirectory dealers;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    SurveyResultsController(
            SurveyResults results,
            Questionnaires questionnaires,
            DealerDirectory dealers,
            MessageSource messages,
            JsonMapper json,
            Clock clock) {
        this.results = results;
        this.questionnaires = questionnaires;
        this.dealers = dealers;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/surveys/results")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    String dealer(@RequestParam(required = false) @Nullable String month, Model model, Locale locale) {
        YearMonth shown =
                month(month, model, clock.instant().atZone(dealers.current().zone()));
        SurveyResults.DealerMonth figures = results.dealerMonth(shown);
        List<SurveyResults.MonthIndex> trend = results.trend(shown);
        Map<String, String> factorNames = names(figures.weights().keySet(), locale);
        Map<String, String> dimensionNames =
                names(SurveyResults.servqualWeights().keySet(), locale);
        model.addAttribute("figures", figures);
        model.addAttribute("trend", trend);
        model.addAttribute("factorNames", factorNames);
        model.addAttribute("dimensionNames", dimensionNames);
        model.addAttribute("itemTexts", itemTexts(locale));
        model.addAttribute("written", writtenNames(locale));
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("factors", new ArrayList<>(factorNames.values()));
        chart.put(
                "factorScores",
                figures.weights().keySet().stream()
                        .map(f -> figures.dealer().factors().get(f))
                        .toList());
        chart.put("months", trend.stream().map(t -> t.month().toString()).toList());
        chart.put("trend", trend.stream().map(SurveyResults.MonthIndex::index).toList());
        chart.put("dimensions", new ArrayList<>(dimensionNames.values()));
        chart.put(
                "gaps",
                dimensionNames.keySet().stream()
                        .map(d -> figures.servqual().gaps().dimensions().get(d))
                        .toList());
        chart.put("csiLabel", messages.getMessage("survey.results.csi", null, locale));
        chart.put("gapLabel", messages.getMessage("survey.results.gap", null, locale));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "survey/results";
    }

    /** The questionnaires written by the dealer or its network, by code: each has its own results page. */
    private Map<String, String> writtenNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        questionnaires.all().stream()
                .filter(shinrai.survey.Questionnaire::written)
                .forEach(q -> names.put(q.code(), q.name().in(locale, messages)));
        return names;
    }

    @GetMapping("/surveys/network")
    @PreAuthorize("hasAuthority('NETWORK_KPI_READ')")
    String network(@RequestParam(required = false) @Nullable String month, Model model, Locale locale) {
        java.time.ZoneId zone = DealerScope.current().dealer().isPresent()
                ? dealers.current().zone()
                : java.time.ZoneId.of("Asia/Shanghai");
        YearMonth shown = month(month, model, clock.instant().atZone(zone));
        List<SurveyResults.DealerSideBySide> side = results.network(shown);
        Map<String, String> factorNames =
                names(shinrai.survey.CsiWeights.DEFAULT.byFactor().keySet(), locale);
        Map<String, String> dimensionNames =
                names(SurveyResults.servqualWeights().keySet(), locale);
        model.addAttribute("dealers", side);
        model.addAttribute("factorNames", factorNames);
        model.addAttribute("dimensionNames", dimensionNames);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "dealers",
                side.stream().map(SurveyResults.DealerSideBySide::name).toList());
        chart.put("csi", side.stream().map(d -> d.csi().index()).toList());
        chart.put(
                "weighted",
                side.stream()
                        .map(d -> d.servqual().gaps().weighted().orElse(null))
                        .toList());
        chart.put("csiLabel", messages.getMessage("survey.results.csi", null, locale));
        chart.put("gapLabel", messages.getMessage("survey.results.weighted", null, locale));
        model.addAttribute("chart", json.writeValueAsString(chart));
        return "survey/network";
    }

    static YearMonth month(@Nullable String asked, Model model, java.time.ZonedDateTime now) {
        YearMonth month = YearMonth.from(now);
        if (asked != null && !asked.isBlank()) {
            try {
                YearMonth parsed = YearMonth.parse(asked.strip());
                if (parsed.getYear() < 2000 || parsed.getYear() > 2199) {
                    throw new DateTimeParseException("out of range", asked, 0);
                }
                month = parsed;
            } catch (DateTimeParseException notAMonth) {
                model.addAttribute("problem", "survey.error.month");
            }
        }
        model.addAttribute("month", month);
        return month;
    }

    private Map<String, String> names(java.util.Collection<String> keys, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        keys.forEach(key -> names.put(key, messages.getMessage("survey.factor." + key, null, key, locale)));
        return names;
    }

    private Map<String, String> itemTexts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        Questionnaires.servqual()
                .questions()
                .forEach(q -> texts.put(q.key(), q.text().in(locale, messages)));
        return texts;
    }
}

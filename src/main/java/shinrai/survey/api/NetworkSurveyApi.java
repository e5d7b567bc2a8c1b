package shinrai.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.DealerDirectory;
import shinrai.survey.NewQuestionnaire;
import shinrai.survey.Questionnaires;
import shinrai.survey.WrittenResults;

/** The network's own questionnaires, which every dealer of the network may ask, and their results dealer by dealer. */
@RestController
@RequestMapping("/api/v1/network/surveys")
@Tag(name = "Network surveys", description = """
        Questionnaires a network (the carmaker or distributor) writes once for all its dealers, in Chinese and English: \
        each dealer's service manager may choose one for its follow-up calls and survey links like its own. Written \
        and retired by the network's analysts only (NETWORK_SURVEY_MANAGE); never changed or removed: a retired \
        questionnaire is no longer asked (dealers that asked it go back to CSI) and keeps its responses. Results: the \
        network's dealers side by side, each scale answer normalised to 0–100 by its scale.""")
@SecurityRequirement(name = "bearer")
class NetworkSurveyApi {

    private final Questionnaires questionnaires;
    private final WrittenResults results;
    private final DealerDirectory dealers;
    private final MessageSource messages;
    private final Clock clock;

    NetworkSurveyApi(
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

    @GetMapping("/questionnaires")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    @Operation(summary = "The network's questionnaires, those in force first, then the retired ones")
    List<QuestionnaireView> questionnaires() {
        Locale locale = LocaleContextHolder.getLocale();
        return questionnaires.ofNetwork().stream()
                .map(q -> QuestionnaireView.of(q, locale, messages))
                .toList();
    }

    @GetMapping("/questionnaires/{code}")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    @Operation(summary = "One of the network's questionnaires by its code")
    QuestionnaireView questionnaire(@PathVariable String code) {
        return QuestionnaireView.of(questionnaires.getOfNetwork(code), LocaleContextHolder.getLocale(), messages);
    }

    @PostMapping("/questionnaires")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    @Operation(summary = "Write a questionnaire for every dealer of the network", description = """
            The same body and rules as a dealer's own (POST /api/v1/surveys/questionnaires): code, nameZh, nameEn, \
            1–60 questions (SCALE with scaleMin 0–9, scaleMax 2–10 and its end labels, reverse allowed; CHOICE with \
            2–10 options; \
            TEXT with maxLength 1–2000), each problem named in errors[]. A code the network or one of its dealers \
            already uses is refused.""")
    QuestionnaireView create(@Valid @RequestBody NewQuestionnaire body) {
        return QuestionnaireView.of(questionnaires.createForNetwork(body), LocaleContextHolder.getLocale(), messages);
    }

    @PostMapping("/questionnaires/{code}/retire")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    @Operation(summary = "Retire a network questionnaire: no longer asked, kept with its responses")
    QuestionnaireView retire(@PathVariable String code) {
        return QuestionnaireView.of(questionnaires.retire(code), LocaleContextHolder.getLocale(), messages);
    }

    @GetMapping("/questionnaires/{code}/results")
    @PreAuthorize("hasAuthority('NETWORK_SURVEY_MANAGE')")
    @Operation(
            summary = "A network questionnaire's month (yyyy-MM) at every dealer of the network, side by side",
            description = """
            Per dealer: its responses, its score (the mean of its scale answers, each normalised to 0–100 by its \
            scale, reverse-coded items turned round first) and per question the mean and each option's count.""")
    List<WrittenResults.DealerColumn> results(
            @PathVariable String code, @RequestParam(required = false) @Nullable String month) {
        return results.network(questionnaires.getOfNetwork(code), SurveyApi.month(month, dealers, clock));
    }
}

package shinrai.survey.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.DealerDirectory;
import shinrai.followup.FollowUpCallId;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.TextLimits;
import shinrai.survey.AnswerGiven;
import shinrai.survey.CsiWeights;
import shinrai.survey.NewQuestionnaire;
import shinrai.survey.Questionnaires;
import shinrai.survey.SurveyResponse;
import shinrai.survey.SurveyResponseId;
import shinrai.survey.SurveyResults;
import shinrai.survey.SurveySettings;
import shinrai.survey.Surveys;
import shinrai.survey.WrittenResults;

/** Satisfaction surveys: questionnaires, the dealer's survey settings, a call's survey, responses, monthly scores. */
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Surveys", description = """
        Satisfaction surveys after a visit. Questionnaires: the shipped CSI (five factors, 10-point scale, J.D. Power's \
        2014 China CSI weights by default) and SERVQUAL (22 items over five dimensions, each with an expectation and a \
        perception on a 7-point scale; items 10–13 and 18–22 reverse-coded), and the dealer's own. A response is taken \
        on a follow-up call (which records the call as REACHED in the same transaction) or by the customer on the \
        public page an SMS link leads to; one per visit. Scores by month: CSI 0–100 per dealer, advisor and \
        technician; SERVQUAL gaps (perception − expectation) per item, dimension, overall unweighted and weighted \
        (32/22/19/16/11).""")
@SecurityRequirement(name = "bearer")
class SurveyApi {

    private final Questionnaires questionnaires;
    private final SurveySettings settings;
    private final Surveys surveys;
    private final SurveyResults results;
    private final WrittenResults written;
    private final DealerDirectory dealers;
    private final MessageSource messages;
    private final Clock clock;

    SurveyApi(
            Questionnaires questionnaires,
            SurveySettings settings,
            Surveys surveys,
            SurveyResults results,
            WrittenResults written,
            DealerDirectory dealers,
            MessageSource messages,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.settings = settings;
        this.surveys = surveys;
        this.results = results;
        this.written = written;
        this.dealers = dealers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/questionnaires")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'SURVEY_MANAGE')")
    @Operation(
            summary =
                    "The questionnaires the dealer may ask: the shipped ones, then its own, texts in the caller's language")
    List<QuestionnaireView> questionnaires() {
        Locale locale = LocaleContextHolder.getLocale();
        return questionnaires.all().stream()
                .map(q -> QuestionnaireView.of(q, locale, messages))
                .toList();
    }

    @GetMapping("/questionnaires/{code}")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'SURVEY_MANAGE')")
    @Operation(summary = "One questionnaire by its code (CSI, SERVQUAL or the dealer's own)")
    QuestionnaireView questionnaire(@PathVariable String code) {
        return QuestionnaireView.of(questionnaires.get(code), LocaleContextHolder.getLocale(), messages);
    }

    @PostMapping("/questionnaires")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    @Operation(summary = "Create one of the dealer's own questionnaires", description = """
            Written once in Chinese and English and never changed (a new code for a new version). code: capital \
            letters, digits and _, 2–30, not CSI or SERVQUAL; 1–60 questions, each with a unique key, a kind (SCALE \
            with scaleMin 0–9 (left out: 1), scaleMax 2–10 and its end labels; CHOICE with 2–10 options; TEXT with \
            maxLength 1–2000), its texts \
            (up to 300 characters), required, reverse (scale only). A code the dealer's network uses for one of its \
            questionnaires is refused. Scored by month at .../questionnaires/{code}/results.""")
    QuestionnaireView create(@Valid @RequestBody NewQuestionnaire body) {
        return QuestionnaireView.of(questionnaires.create(body), LocaleContextHolder.getLocale(), messages);
    }

    @GetMapping("/questionnaires/{code}/results")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    @Operation(
            summary = "The dealer's month of one of its written questionnaires (its own or its network's)",
            description = """
            month: yyyy-MM, this month in the dealer's time zone when left out. Each scale answer is normalised to \
            0–100 by its scale ((satisfaction − scaleMin) / (scaleMax − scaleMin) × 100, reverse-coded items turned \
            round first); \
            the score of the dealer, of each advisor (the visits they received) and of each technician (the visits \
            they worked on) is the mean of its scale answers. Per question: the mean on 0–100 and on its own scale, \
            each option's count; the free-text answers listed, newest first (at most 500).""")
    WrittenResults.QuestionnaireMonth questionnaireResults(
            @PathVariable String code, @RequestParam(required = false) @Nullable String month) {
        return written.dealerMonth(questionnaires.get(code), month(month, dealers, clock));
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'SURVEY_MANAGE')")
    @Operation(summary = "The questionnaire the dealer's calls and links ask, and its CSI factor weights")
    SurveySettings.Settings settings() {
        return settings.current();
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    @Operation(summary = "Choose the questionnaire and set the CSI weights (each 0–100, together 100)")
    SurveySettings.Settings changeSettings(@Valid @RequestBody SettingsBody body) {
        CsiWeights weights = new CsiWeights(
                body.weights().initiation(),
                body.weights().advisor(),
                body.weights().facility(),
                body.weights().pickUp(),
                body.weights().quality());
        settings.choose(body.questionnaire());
        return settings.weigh(weights);
    }

    @PostMapping("/calls/{callId}/response")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('FOLLOW_UP_CALL')")
    @Operation(
            summary = "Record the survey taken on a follow-up call; the call is recorded as REACHED with it",
            description = """
            The answers are checked against the dealer's active questionnaire: every required question answered, \
            each score within its scale (SERVQUAL: expectation and score, the perception), a choice among the \
            options, a text within its length; each problem is named in errors[] (answers.<key>.score, ...). \
            version is the version of the call task the agent saw; a closed or changed task is refused (409), and so \
            is a visit whose survey was answered already.""")
    SurveyResponse record(@PathVariable long callId, @Valid @RequestBody ResponseBody body) {
        return surveys.recordForCall(
                FollowUpCallId.asked(callId),
                body.version(),
                body.answers().stream()
                        .map(a -> new AnswerGiven(a.question(), a.score(), a.expectation(), a.choice(), a.text()))
                        .toList(),
                body.note() == null ? "" : body.note());
    }

    @GetMapping("/responses/{id}")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'SURVEY_MANAGE')")
    @Operation(summary = "One response with each answer as given (satisfaction: reverse-coded items turned round)")
    SurveyResponse response(@PathVariable long id) {
        return surveys.get(SurveyResponseId.asked(id));
    }

    @GetMapping("/results")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    @Operation(
            summary = "The dealer's month: CSI of the dealer, per advisor and per technician; SERVQUAL gaps",
            description = """
            month: yyyy-MM, this month in the dealer's time zone when left out. CSI: each answer rescaled to 0–100 \
            ((score − 1) / (scaleMax − 1) × 100), averaged per factor, weighted by the dealer's weights.""")
    SurveyResults.DealerMonth results(@RequestParam(required = false) @Nullable String month) {
        return results.dealerMonth(month(month, dealers, clock));
    }

    @GetMapping("/results/trend")
    @PreAuthorize("hasAuthority('SURVEY_MANAGE')")
    @Operation(summary = "The dealer's CSI over the twelve months up to month (yyyy-MM), oldest first")
    List<SurveyResults.MonthIndex> trend(@RequestParam(required = false) @Nullable String month) {
        return results.trend(month(month, dealers, clock));
    }

    @GetMapping("/network-results")
    @PreAuthorize("hasAuthority('NETWORK_KPI_READ')")
    @Operation(summary = "The network's dealers side by side in a month (yyyy-MM): CSI and SERVQUAL gaps of each")
    List<SurveyResults.DealerSideBySide> network(@RequestParam(required = false) @Nullable String month) {
        return results.network(month(month, dealers, clock));
    }

    static YearMonth month(@Nullable String asked, DealerDirectory dealers, Clock clock) {
        if (asked == null || asked.isBlank()) {
            java.time.ZoneId zone = DealerScope.current().dealer().isPresent()
                    ? dealers.current().zone()
                    : java.time.ZoneId.of("Asia/Shanghai");
            return YearMonth.from(clock.instant().atZone(zone));
        }
        try {
            YearMonth month = YearMonth.parse(asked.strip());
            if (month.getYear() >= 2000 && month.getYear() <= 2199) {
                return month;
            }
        } catch (DateTimeParseException notAMonth) {
            // refused below
        }
        throw new MonthRefused();
    }

    /** A month that is not yyyy-MM between 2000 and 2199. */
    static final class MonthRefused extends BusinessRuleViolation {
        MonthRefused() {
            super("survey.error.month", "month");
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }

    record ResponseBody(
            @NotNull Integer version,
            @Nullable @Size(max = TextLimits.NOTE) String note,
            @NotNull @Size(max = 200) List<@Valid @NotNull AnswerBody> answers) {}

    record AnswerBody(
            @NotNull @Size(min = 1, max = 30) String question,
            @Nullable @Min(-1000) @Max(1000) Integer score,
            @Nullable @Min(-1000) @Max(1000) Integer expectation,
            @Nullable @Size(max = 30) String choice,
            @Nullable @Size(max = TextLimits.NOTE) String text) {}

    record SettingsBody(
            @NotNull @Size(min = 1, max = 30) String questionnaire,
            @NotNull @Valid WeightsBody weights) {}

    record WeightsBody(
            @NotNull @Min(0) @Max(100) Integer initiation,
            @NotNull @Min(0) @Max(100) Integer advisor,
            @NotNull @Min(0) @Max(100) Integer facility,
            @NotNull @Min(0) @Max(100) Integer pickUp,
            @NotNull @Min(0) @Max(100) Integer quality) {}
}

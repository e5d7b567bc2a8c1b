package shinrai.survey.api;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import shinrai.survey.Question;
import shinrai.survey.QuestionKind;
import shinrai.survey.Questionnaire;
import shinrai.survey.Scoring;
import shinrai.survey.Wording;

/**
 * A questionnaire with every text in the caller's language ({@code Accept-Language}).
 *
 * @param scoring CSI, SERVQUAL, OWN (the dealer's own) or NETWORK (its network's)
 * @param retired a network questionnaire its network retired: no longer asked, kept for its responses
 */
record QuestionnaireView(
        String code,
        Scoring scoring,
        String name,
        String intro,
        boolean shipped,
        boolean retired,
        List<FactorView> factors,
        List<QuestionView> questions) {

    static QuestionnaireView of(Questionnaire q, Locale locale, MessageSource messages) {
        return new QuestionnaireView(
                q.code(),
                q.scoring(),
                q.name().in(locale, messages),
                q.intro().in(locale, messages),
                q.shipped(),
                q.retired(),
                q.factors().stream()
                        .map(f -> new FactorView(f.key(), f.name().in(locale, messages), f.weight()))
                        .toList(),
                q.questions().stream()
                        .map(question -> QuestionView.of(question, locale, messages))
                        .toList());
    }

    /** @param weight the default weight in per cent (a dealer's CSI weights: {@code /api/v1/surveys/settings}) */
    record FactorView(String key, String name, int weight) {}

    record QuestionView(
            String key,
            QuestionKind kind,
            String text,
            @Nullable String factor,
            @Nullable Integer scaleMin,
            @Nullable Integer scaleMax,
            @Nullable String low,
            @Nullable String high,
            List<OptionView> options,
            @Nullable Integer maxLength,
            boolean required,
            boolean reverse,
            boolean expectation) {

        static QuestionView of(Question q, Locale locale, MessageSource messages) {
            return new QuestionView(
                    q.key(),
                    q.kind(),
                    q.text().in(locale, messages),
                    q.factor(),
                    q.scaleMax() == null ? null : q.lowest(),
                    q.scaleMax(),
                    text(q.low(), locale, messages),
                    text(q.high(), locale, messages),
                    q.options().stream()
                            .map(o -> new OptionView(o.key(), o.label().in(locale, messages)))
                            .toList(),
                    q.kind() == QuestionKind.TEXT ? q.maxLength() : null,
                    q.required(),
                    q.reverse(),
                    q.expectation());
        }

        private static @Nullable String text(@Nullable Wording wording, Locale locale, MessageSource messages) {
            return wording == null ? null : wording.in(locale, messages);
        }
    }

    record OptionView(String key, String label) {}
}

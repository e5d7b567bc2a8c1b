package shinrai.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import shinrai.survey.AnswerGiven;
import shinrai.survey.Question;
import shinrai.survey.QuestionKind;
import shinrai.survey.Questionnaire;
import shinrai.survey.Wording;

/** A questionnaire as a page shows it, every text in the reader's language. */
record ShownQuestionnaire(String code, String name, String intro, List<ShownQuestion> questions) {

    static ShownQuestionnaire of(Questionnaire questionnaire, Locale locale, MessageSource messages) {
        List<ShownQuestion> shown = new ArrayList<>();
        int number = 0;
        String factor = null;
        for (Question q : questionnaire.questions()) {
            number++;
            boolean newFactor = q.factor() != null && !q.factor().equals(factor);
            factor = q.factor();
            shown.add(new ShownQuestion(
                    number,
                    q.key(),
                    q.kind(),
                    q.text().in(locale, messages),
                    newFactor ? factorName(questionnaire, q.factor(), locale, messages) : null,
                    q.points(),
                    text(q.low(), locale, messages),
                    text(q.high(), locale, messages),
                    q.options().stream()
                            .map(o -> new ShownOption(o.key(), o.label().in(locale, messages)))
                            .toList(),
                    q.maxLength(),
                    q.required(),
                    q.expectation()));
        }
        return new ShownQuestionnaire(
                questionnaire.code(),
                questionnaire.name().in(locale, messages),
                questionnaire.intro().in(locale, messages),
                shown);
    }

    private static @Nullable String factorName(
            Questionnaire questionnaire, String factor, Locale locale, MessageSource messages) {
        return questionnaire.factors().stream()
                .filter(f -> f.key().equals(factor))
                .findFirst()
                .map(f -> f.name().in(locale, messages))
                .orElse(null);
    }

    private static String text(@Nullable Wording wording, Locale locale, MessageSource messages) {
        return wording == null ? "" : wording.in(locale, messages);
    }

    /**
     * The answers a form sent: {@code score.KEY}, {@code expectation.KEY}, {@code choice.KEY}, {@code text.KEY}. A
     * score that is not a whole number is read as 0, which the questionnaire's rules refuse as off the scale.
     */
    static List<AnswerGiven> answersFrom(Questionnaire questionnaire, Map<String, String> form) {
        List<AnswerGiven> answers = new ArrayList<>();
        for (Question q : questionnaire.questions()) {
            String score = blankToNull(form.get("score." + q.key()));
            String expectation = blankToNull(form.get("expectation." + q.key()));
            String choice = blankToNull(form.get("choice." + q.key()));
            String text = blankToNull(form.get("text." + q.key()));
            if (score == null && expectation == null && choice == null && text == null) {
                continue;
            }
            answers.add(new AnswerGiven(
                    q.key(),
                    q.kind() == QuestionKind.SCALE ? number(score) : null,
                    q.kind() == QuestionKind.SCALE ? number(expectation) : null,
                    q.kind() == QuestionKind.CHOICE ? choice : null,
                    q.kind() == QuestionKind.TEXT ? text : null));
        }
        return answers;
    }

    private static @Nullable Integer number(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * @param factorHeading the factor's name on the first question of each factor, to head its group
     */
    record ShownQuestion(
            int number,
            String key,
            QuestionKind kind,
            String text,
            @Nullable String factorHeading,
            List<Integer> points,
            String low,
            String high,
            List<ShownOption> options,
            int maxLength,
            boolean required,
            boolean expectation) {}

    record ShownOption(String key, String label) {}
}

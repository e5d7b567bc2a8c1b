package shinrai.survey;

import org.jspecify.annotations.Nullable;

/** An answer that passed its question's rules, with what the scores need of the question kept beside it. */
record CheckedAnswer(
        int position,
        Question question,
        @Nullable Integer score,
        @Nullable Integer expectation,
        @Nullable Integer satisfaction,
        @Nullable String choice,
        @Nullable String text) {

    SurveyAnswered.Answer published() {
        return new SurveyAnswered.Answer(question.key(), score, question.scaleMax(), satisfaction, choice, text);
    }
}

package shinrai.survey;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One question of a questionnaire.
 *
 * @param key the question's key within its questionnaire, which answers name
 * @param factor the CSI factor or SERVQUAL dimension it measures ({@code ADVISOR}, {@code RELIABILITY}); {@code null}
 *     for questions that are not scored
 * @param scaleMin the lowest point of a scale question (1 for the shipped ones; 0 to 9 for a written one);
 *     {@code null} for other kinds
 * @param scaleMax the highest point of a scale question; {@code null} for other kinds
 * @param low the label of the scale's lowest point
 * @param high the label of the scale's highest point
 * @param options a choice question's options
 * @param maxLength the longest answer a text question takes
 * @param reverse worded negatively: a high score means an unhappy customer, so it is turned round
 *     ({@code scaleMin + scaleMax - score}) before it is scored
 * @param expectation SERVQUAL: the customer gives an expectation as well as the perception, on the same scale
 */
public record Question(
        String key,
        QuestionKind kind,
        Wording text,
        @Nullable String factor,
        @Nullable Integer scaleMin,
        @Nullable Integer scaleMax,
        @Nullable Wording low,
        @Nullable Wording high,
        List<Option> options,
        int maxLength,
        boolean required,
        boolean reverse,
        boolean expectation) {

    public Question {
        options = List.copyOf(options);
    }

    static Question scale(String key, Wording text, String factor, int scaleMax, Wording low, Wording high) {
        return new Question(
                key, QuestionKind.SCALE, text, factor, 1, scaleMax, low, high, List.of(), 0, true, false, false);
    }

    static Question choice(String key, Wording text, boolean required, List<Option> options) {
        return new Question(
                key, QuestionKind.CHOICE, text, null, null, null, null, null, options, 0, required, false, false);
    }

    static Question text(String key, Wording text, int maxLength) {
        return new Question(
                key, QuestionKind.TEXT, text, null, null, null, null, null, List.of(), maxLength, false, false, false);
    }

    Question reverseCoded() {
        return new Question(
                key,
                kind,
                text,
                factor,
                scaleMin,
                scaleMax,
                low,
                high,
                options,
                maxLength,
                required,
                true,
                expectation);
    }

    Question withExpectation() {
        return new Question(
                key, kind, text, factor, scaleMin, scaleMax, low, high, options, maxLength, required, reverse, true);
    }

    /** The score read as satisfaction: a reverse-coded item turned round, so that low is always unhappy. */
    public int satisfaction(int score) {
        return reverse && scaleMax != null ? lowest() + scaleMax - score : score;
    }

    /** The points of a scale question, its minimum to its maximum. */
    public List<Integer> points() {
        return scaleMax == null
                ? List.of()
                : java.util.stream.IntStream.rangeClosed(lowest(), scaleMax)
                        .boxed()
                        .toList();
    }

    /** A scale's lowest point: 1 unless the question names another. */
    public int lowest() {
        return scaleMin == null ? 1 : scaleMin;
    }

    /** An option of a choice question: its key, which the answer names, and its label. */
    public record Option(String key, Wording label) {}
}

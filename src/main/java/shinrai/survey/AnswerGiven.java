package shinrai.survey;

import org.jspecify.annotations.Nullable;

/**
 * One answer as it comes in, before it is checked against its question.
 *
 * @param score the point chosen on a scale question (SERVQUAL: the perception)
 * @param expectation SERVQUAL only: the point for what the customer expects of an excellent dealer
 * @param choice the key of the option chosen on a choice question
 * @param text the customer's words on a free-text question
 */
public record AnswerGiven(
        String question,
        @Nullable Integer score,
        @Nullable Integer expectation,
        @Nullable String choice,
        @Nullable String text) {}

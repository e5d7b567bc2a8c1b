package shinrai.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;
import shinrai.shared.StorableText;

/**
 * Checks a response against its questionnaire: every required question answered, each score on its scale, a choice
 * among the options, a text within its length; every refusal named by its field ({@code answers.SA_COURTESY.score})
 * and, in the message, by the question's number and text in the reader's language. Blank texts count as unanswered.
 */
final class AnswerRules {

    private AnswerRules() {}

    static List<CheckedAnswer> check(Questionnaire questionnaire, List<AnswerGiven> given, Locale locale) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Map<String, AnswerGiven> byQuestion = new LinkedHashMap<>();
        Set<String> twice = new HashSet<>();
        for (AnswerGiven answer : given) {
            if (questionnaire.question(answer.question()).isEmpty()) {
                problems.add(new InvalidSurveyInput(
                        "answers." + cut(answer.question()), "survey.error.unknownQuestion", cut(answer.question())));
            } else if (byQuestion.putIfAbsent(answer.question(), answer) != null && twice.add(answer.question())) {
                problems.add(new InvalidSurveyInput(
                        "answers." + answer.question(), "survey.error.twice", answer.question()));
            }
        }
        List<CheckedAnswer> checked = new ArrayList<>();
        int number = 0;
        for (Question question : questionnaire.questions()) {
            number++;
            AnswerGiven answer = byQuestion.get(question.key());
            Object[] named = {number, question.text().resolvable(locale)};
            String field = "answers." + question.key();
            CheckedAnswer accepted = switch (question.kind()) {
                case SCALE -> scale(question, number, answer, field, named, problems);
                case CHOICE -> choice(question, number, answer, field, named, problems);
                case TEXT -> text(question, number, answer, field, named, problems);
            };
            if (accepted != null) {
                checked.add(accepted);
            }
        }
        problems.throwIfAny();
        return checked;
    }

    private static @Nullable CheckedAnswer scale(
            Question question,
            int number,
            @Nullable AnswerGiven answer,
            String field,
            Object[] named,
            InvalidInput.Collector problems) {
        if (answer != null && (answer.choice() != null || answer.text() != null)) {
            problems.add(new InvalidSurveyInput(field, "survey.error.notThisKind", named));
            return null;
        }
        Integer score = answer == null ? null : answer.score();
        Integer expectation = answer == null ? null : answer.expectation();
        int max = java.util.Objects.requireNonNull(question.scaleMax());
        int min = question.lowest();
        boolean fine = true;
        if (score == null) {
            if (question.required()) {
                problems.add(new InvalidSurveyInput(field + ".score", "survey.error.required", named));
                fine = false;
            }
        } else if (score < min || score > max) {
            problems.add(new InvalidSurveyInput(field + ".score", "survey.error.scale", with(with(named, max), min)));
            fine = false;
        }
        if (question.expectation()) {
            if (expectation == null && (score != null || question.required())) {
                problems.add(new InvalidSurveyInput(field + ".expectation", "survey.error.expectationRequired", named));
                fine = false;
            } else if (expectation != null && (expectation < min || expectation > max)) {
                problems.add(new InvalidSurveyInput(
                        field + ".expectation", "survey.error.scale", with(with(named, max), min)));
                fine = false;
            }
        } else if (expectation != null) {
            problems.add(new InvalidSurveyInput(field + ".expectation", "survey.error.noExpectation", named));
            fine = false;
        }
        if (!fine || score == null) {
            return null;
        }
        return new CheckedAnswer(number, question, score, expectation, question.satisfaction(score), null, null);
    }

    private static @Nullable CheckedAnswer choice(
            Question question,
            int number,
            @Nullable AnswerGiven answer,
            String field,
            Object[] named,
            InvalidInput.Collector problems) {
        if (answer != null && (answer.score() != null || answer.expectation() != null || answer.text() != null)) {
            problems.add(new InvalidSurveyInput(field, "survey.error.notThisKind", named));
            return null;
        }
        String choice =
                answer == null || answer.choice() == null || answer.choice().isBlank() ? null : answer.choice();
        if (choice == null) {
            if (question.required()) {
                problems.add(new InvalidSurveyInput(field + ".choice", "survey.error.required", named));
            }
            return null;
        }
        if (question.options().stream().noneMatch(option -> option.key().equals(choice))) {
            problems.add(new InvalidSurveyInput(field + ".choice", "survey.error.choice", named));
            return null;
        }
        return new CheckedAnswer(number, question, null, null, null, choice, null);
    }

    private static @Nullable CheckedAnswer text(
            Question question,
            int number,
            @Nullable AnswerGiven answer,
            String field,
            Object[] named,
            InvalidInput.Collector problems) {
        if (answer != null && (answer.score() != null || answer.expectation() != null || answer.choice() != null)) {
            problems.add(new InvalidSurveyInput(field, "survey.error.notThisKind", named));
            return null;
        }
        String text =
                answer == null || answer.text() == null ? null : answer.text().strip();
        if (text == null || text.isEmpty()) {
            if (question.required()) {
                problems.add(new InvalidSurveyInput(field + ".text", "survey.error.required", named));
            }
            return null;
        }
        if (!StorableText.isStorable(text)) {
            problems.add(new InvalidSurveyInput(field + ".text", "survey.error.unstorable", named));
            return null;
        }
        if (text.length() > question.maxLength()) {
            problems.add(
                    new InvalidSurveyInput(field + ".text", "survey.error.tooLong", with(named, question.maxLength())));
            return null;
        }
        return new CheckedAnswer(number, question, null, null, null, null, text);
    }

    private static Object[] with(Object[] named, Object more) {
        Object[] arguments = java.util.Arrays.copyOf(named, named.length + 1);
        arguments[named.length] = more;
        return arguments;
    }

    /** A key nobody knows, shortened for the message: it came from outside. */
    private static String cut(String key) {
        return key.length() <= 30 ? key : key.substring(0, 30) + "…";
    }
}

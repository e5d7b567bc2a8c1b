package shinrai.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

/**
 * The rules a written questionnaire keeps, the dealer's own or the network's, from the API and from the page alike:
 * its code, its names in both languages, 1 to {@value #MOST_QUESTIONS} questions each with a unique key, its texts, and
 * what its kind needs (a scale's top point and end labels, a choice's options, a text's length); every problem named
 * by its field ({@code questions[2].options[0].labelEn}). What passes is kept as one JSON document of {@link Stored}
 * questions and read back as {@link Question}s.
 */
final class QuestionnaireRules {

    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,29}");
    static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
    static final int MOST_QUESTIONS = 60;
    static final int QUESTION_TEXT = 300;

    private QuestionnaireRules() {}

    /** Checks the draft, every problem named by its field; the questions as they will be kept. */
    static List<Stored> check(NewQuestionnaire draft) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (draft.code() == null
                || !CODE.matcher(draft.code()).matches()
                || draft.code().equals("CSI")
                || draft.code().equals("SERVQUAL")) {
            problems.add(new InvalidSurveyInput("code", "survey.error.code"));
        }
        required(problems, "nameZh", draft.nameZh(), TextLimits.NAME);
        required(problems, "nameEn", draft.nameEn(), TextLimits.NAME);
        if (draft.questions().isEmpty() || draft.questions().size() > MOST_QUESTIONS) {
            problems.add(new InvalidSurveyInput("questions", "survey.error.questionCount", 1, MOST_QUESTIONS));
        }
        List<Stored> stored = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < draft.questions().size() && i < MOST_QUESTIONS; i++) {
            NewQuestionnaire.NewQuestion q = draft.questions().get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(new InvalidSurveyInput(at, "survey.error.missing"));
                continue;
            }
            if (q.key() == null || !KEY.matcher(q.key()).matches()) {
                problems.add(new InvalidSurveyInput(at + ".key", "survey.error.key"));
            } else if (!keys.add(q.key())) {
                problems.add(new InvalidSurveyInput(at + ".key", "survey.error.keyTwice", q.key()));
            }
            if (q.kind() == null) {
                problems.add(new InvalidSurveyInput(at + ".kind", "survey.error.missing"));
                continue;
            }
            required(problems, at + ".textZh", q.textZh(), QUESTION_TEXT);
            required(problems, at + ".textEn", q.textEn(), QUESTION_TEXT);
            if (q.factor() != null && !KEY.matcher(q.factor()).matches()) {
                problems.add(new InvalidSurveyInput(at + ".factor", "survey.error.key"));
            }
            List<Stored.Option> options = List.of();
            switch (q.kind()) {
                case SCALE -> {
                    boolean maxFine = q.scaleMax() != null && q.scaleMax() >= 2 && q.scaleMax() <= 10;
                    if (!maxFine) {
                        problems.add(new InvalidSurveyInput(at + ".scaleMax", "survey.error.range", 2, 10));
                    }
                    int min = q.scaleMin() == null ? 1 : q.scaleMin();
                    if (min < 0 || min > 9) {
                        problems.add(new InvalidSurveyInput(at + ".scaleMin", "survey.error.range", 0, 9));
                    } else if (maxFine && min >= q.scaleMax()) {
                        problems.add(new InvalidSurveyInput(at + ".scaleMin", "survey.error.scaleMinBelowMax"));
                    }
                    required(problems, at + ".lowZh", q.lowZh(), TextLimits.TOKEN);
                    required(problems, at + ".lowEn", q.lowEn(), TextLimits.TOKEN);
                    required(problems, at + ".highZh", q.highZh(), TextLimits.TOKEN);
                    required(problems, at + ".highEn", q.highEn(), TextLimits.TOKEN);
                }
                case CHOICE -> {
                    List<NewQuestionnaire.NewOption> given = q.options() == null ? List.of() : q.options();
                    if (given.size() < 2 || given.size() > 10) {
                        problems.add(new InvalidSurveyInput(at + ".options", "survey.error.optionCount", 2, 10));
                    }
                    Set<String> optionKeys = new HashSet<>();
                    List<Stored.Option> checkedOptions = new ArrayList<>();
                    for (int o = 0; o < given.size() && o < 10; o++) {
                        NewQuestionnaire.NewOption option = given.get(o);
                        String oat = at + ".options[" + o + "]";
                        if (option == null) {
                            problems.add(new InvalidSurveyInput(oat, "survey.error.missing"));
                            continue;
                        }
                        if (option.key() == null || !KEY.matcher(option.key()).matches()) {
                            problems.add(new InvalidSurveyInput(oat + ".key", "survey.error.key"));
                        } else if (!optionKeys.add(option.key())) {
                            problems.add(new InvalidSurveyInput(oat + ".key", "survey.error.keyTwice", option.key()));
                        }
                        required(problems, oat + ".labelZh", option.labelZh(), TextLimits.LABEL);
                        required(problems, oat + ".labelEn", option.labelEn(), TextLimits.LABEL);
                        checkedOptions.add(
                                new Stored.Option(option.key(), strip(option.labelZh()), strip(option.labelEn())));
                    }
                    options = checkedOptions;
                }
                case TEXT -> {
                    if (q.maxLength() == null || q.maxLength() < 1 || q.maxLength() > TextLimits.NOTE) {
                        problems.add(
                                new InvalidSurveyInput(at + ".maxLength", "survey.error.range", 1, TextLimits.NOTE));
                    }
                }
            }
            if (Boolean.TRUE.equals(q.reverse()) && q.kind() != QuestionKind.SCALE) {
                problems.add(new InvalidSurveyInput(at + ".reverse", "survey.error.reverseOnScaleOnly"));
            }
            stored.add(new Stored(
                    q.key(),
                    q.kind(),
                    strip(q.textZh()),
                    strip(q.textEn()),
                    q.factor(),
                    q.kind() == QuestionKind.SCALE ? (q.scaleMin() == null ? Integer.valueOf(1) : q.scaleMin()) : null,
                    q.kind() == QuestionKind.SCALE ? q.scaleMax() : null,
                    q.kind() == QuestionKind.SCALE ? strip(q.lowZh()) : null,
                    q.kind() == QuestionKind.SCALE ? strip(q.lowEn()) : null,
                    q.kind() == QuestionKind.SCALE ? strip(q.highZh()) : null,
                    q.kind() == QuestionKind.SCALE ? strip(q.highEn()) : null,
                    options,
                    q.kind() == QuestionKind.TEXT && q.maxLength() != null ? q.maxLength() : 0,
                    Boolean.TRUE.equals(q.required()),
                    Boolean.TRUE.equals(q.reverse())));
        }
        problems.throwIfAny();
        return stored;
    }

    private static void required(InvalidInput.Collector problems, String field, @Nullable String text, int limit) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidSurveyInput(field, "survey.error.missing"));
            return;
        }
        TextLimits.check(problems, field, text, limit);
    }

    private static @Nullable String strip(@Nullable String text) {
        return text == null ? null : text.strip();
    }

    /** The questions as kept, read back. */
    static List<Question> questions(Stored[] stored) {
        List<Question> read = new ArrayList<>();
        for (Stored s : stored) {
            read.add(new Question(
                    s.key(),
                    s.kind(),
                    Wording.own(s.textZh(), s.textEn()),
                    s.factor(),
                    s.scaleMax() == null ? null : (s.scaleMin() == null ? Integer.valueOf(1) : s.scaleMin()),
                    s.scaleMax(),
                    s.scaleMax() == null ? null : Wording.own(s.lowZh(), s.lowEn()),
                    s.scaleMax() == null ? null : Wording.own(s.highZh(), s.highEn()),
                    s.options().stream()
                            .map(o -> new Question.Option(o.key(), Wording.own(o.labelZh(), o.labelEn())))
                            .toList(),
                    s.maxLength(),
                    s.required(),
                    s.reverse(),
                    false));
        }
        return read;
    }

    /** A question as the database keeps it. */
    record Stored(
            String key,
            QuestionKind kind,
            String textZh,
            String textEn,
            @Nullable String factor,
            @Nullable Integer scaleMin,
            @Nullable Integer scaleMax,
            @Nullable String lowZh,
            @Nullable String lowEn,
            @Nullable String highZh,
            @Nullable String highEn,
            List<Option> options,
            int maxLength,
            boolean required,
            boolean reverse) {

        record Option(String key, String labelZh, String labelEn) {}
    }
}

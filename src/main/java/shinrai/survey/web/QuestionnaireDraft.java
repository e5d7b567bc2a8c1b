package shinrai.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.MultiValueMap;
import shinrai.survey.NewQuestionnaire;
import shinrai.survey.QuestionKind;

/**
 * A questionnaire as the manager writes it on the page, kept as typed between the form's round trips (adding a
 * question, an option, previewing): {@code code}, {@code nameZh}, {@code nameEn}, and per question
 * {@code questions[i].kind}, {@code .textZh}, {@code .textEn}, {@code .required}, a scale's {@code .scaleMin},
 * {@code .scaleMax},
 * {@code .lowZh} ... {@code .highEn}, {@code .reverse}, a text's {@code .maxLength}, a choice's
 * {@code .options[j].labelZh} and {@code .labelEn}; the same names the questionnaire's rules give its problems, so a
 * refused field is marked where it stands. Keys are given by position ({@code Q1}, option {@code O1}): the manager
 * never types one.
 */
record QuestionnaireDraft(String code, String nameZh, String nameEn, List<DraftQuestion> questions) {

    static final int MOST_OPTIONS = 10;
    private static final Pattern QUESTION_FIELD = Pattern.compile("questions\\[(\\d{1,3})]\\.kind");

    record DraftQuestion(
            QuestionKind kind,
            String textZh,
            String textEn,
            boolean required,
            String scaleMin,
            String scaleMax,
            String lowZh,
            String lowEn,
            String highZh,
            String highEn,
            boolean reverse,
            String maxLength,
            List<DraftOption> options) {

        /** The option rows the page shows: those written, and at least two for a choice. */
        public List<DraftOption> rows() {
            List<DraftOption> rows = new ArrayList<>(options);
            while (kind == QuestionKind.CHOICE && rows.size() < 2) {
                rows.add(new DraftOption("", ""));
            }
            return rows;
        }

        DraftQuestion withOptions(List<DraftOption> options) {
            return new DraftQuestion(
                    kind, textZh, textEn, required, scaleMin, scaleMax, lowZh, lowEn, highZh, highEn, reverse,
                    maxLength, options);
        }
    }

    record DraftOption(String labelZh, String labelEn) {

        boolean blank() {
            return labelZh.isBlank() && labelEn.isBlank();
        }
    }

    /** A new question of the kind, with the usual scale (1 to 5, its ends labelled) or text length filled in. */
    static DraftQuestion blank(QuestionKind kind, Locale locale, MessageSource messages) {
        return new DraftQuestion(
                kind,
                "",
                "",
                kind != QuestionKind.TEXT,
                "1",
                "5",
                messages.getMessage("survey.write.default.lowZh", null, locale),
                messages.getMessage("survey.write.default.lowEn", null, locale),
                messages.getMessage("survey.write.default.highZh", null, locale),
                messages.getMessage("survey.write.default.highEn", null, locale),
                false,
                "500",
                List.of());
    }

    /** The draft as the form sent it; option rows left blank are dropped, questions of an unknown kind ignored. */
    static QuestionnaireDraft from(MultiValueMap<String, String> form) {
        List<Integer> indexes = new ArrayList<>();
        for (String name : form.keySet()) {
            Matcher m = QUESTION_FIELD.matcher(name);
            if (m.matches()) {
                indexes.add(Integer.parseInt(m.group(1)));
            }
        }
        indexes.sort(null);
        List<DraftQuestion> questions = new ArrayList<>();
        for (int i : indexes) {
            String at = "questions[" + i + "].";
            QuestionKind kind;
            try {
                kind = QuestionKind.valueOf(text(form, at + "kind"));
            } catch (IllegalArgumentException unknown) {
                continue;
            }
            List<DraftOption> options = new ArrayList<>();
            for (int o = 0; o < MOST_OPTIONS * 2 && form.containsKey(at + "options[" + o + "].labelZh"); o++) {
                DraftOption option = new DraftOption(
                        text(form, at + "options[" + o + "].labelZh"), text(form, at + "options[" + o + "].labelEn"));
                if (!option.blank()) {
                    options.add(option);
                }
            }
            questions.add(new DraftQuestion(
                    kind,
                    text(form, at + "textZh"),
                    text(form, at + "textEn"),
                    form.containsKey(at + "required"),
                    text(form, at + "scaleMin"),
                    text(form, at + "scaleMax"),
                    text(form, at + "lowZh"),
                    text(form, at + "lowEn"),
                    text(form, at + "highZh"),
                    text(form, at + "highEn"),
                    form.containsKey(at + "reverse"),
                    text(form, at + "maxLength"),
                    options));
        }
        return new QuestionnaireDraft(text(form, "code"), text(form, "nameZh"), text(form, "nameEn"), questions);
    }

    QuestionnaireDraft adding(DraftQuestion question) {
        List<DraftQuestion> more = new ArrayList<>(questions);
        more.add(question);
        return new QuestionnaireDraft(code, nameZh, nameEn, more);
    }

    QuestionnaireDraft removing(int index) {
        List<DraftQuestion> fewer = new ArrayList<>(questions);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new QuestionnaireDraft(code, nameZh, nameEn, fewer);
    }

    /** One more empty option row on the choice question (up to ten). */
    QuestionnaireDraft addingOption(int index) {
        List<DraftQuestion> changed = new ArrayList<>(questions);
        if (index >= 0 && index < changed.size()) {
            DraftQuestion q = changed.get(index);
            List<DraftOption> rows = q.rows();
            if (rows.size() < MOST_OPTIONS) {
                rows.add(new DraftOption("", ""));
            }
            changed.set(index, q.withOptions(rows));
        }
        return new QuestionnaireDraft(code, nameZh, nameEn, changed);
    }

    /** The draft as the questionnaire's rules read it (the API's body): keys by position, numbers as typed. */
    NewQuestionnaire toNew() {
        List<NewQuestionnaire.NewQuestion> written = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            DraftQuestion q = questions.get(i);
            boolean scale = q.kind() == QuestionKind.SCALE;
            List<NewQuestionnaire.NewOption> options = new ArrayList<>();
            for (int o = 0; o < q.options().size(); o++) {
                DraftOption option = q.options().get(o);
                options.add(new NewQuestionnaire.NewOption("O" + (o + 1), option.labelZh(), option.labelEn()));
            }
            written.add(new NewQuestionnaire.NewQuestion(
                    "Q" + (i + 1),
                    q.kind(),
                    q.textZh(),
                    q.textEn(),
                    null,
                    scale ? number(q.scaleMin()) : null,
                    scale ? number(q.scaleMax()) : null,
                    scale ? q.lowZh() : null,
                    scale ? q.lowEn() : null,
                    scale ? q.highZh() : null,
                    scale ? q.highEn() : null,
                    q.kind() == QuestionKind.CHOICE ? options : null,
                    q.kind() == QuestionKind.TEXT ? number(q.maxLength()) : null,
                    q.required(),
                    scale && q.reverse()));
        }
        return new NewQuestionnaire(code.strip().toUpperCase(Locale.ROOT), nameZh, nameEn, written);
    }

    private static final Pattern FIELD =
            Pattern.compile("questions\\[(\\d+)](?:\\.options\\[(\\d+)])?(?:\\.(\\w+))?|(\\w+)");

    /**
     * Where a problem is, in the reader's words: "Question 2, option 1 · Label (English)", or the questionnaire's
     * own field ("Code").
     */
    static String where(@Nullable String field, Locale locale, MessageSource messages) {
        if (field == null) {
            return "";
        }
        Matcher m = FIELD.matcher(field);
        if (!m.matches()) {
            return field;
        }
        if (m.group(4) != null) {
            return label(m.group(4), locale, messages);
        }
        int question = Integer.parseInt(m.group(1)) + 1;
        String place = m.group(2) == null
                ? messages.getMessage("survey.write.where.question", new Object[] {question}, locale)
                : messages.getMessage(
                        "survey.write.where.option", new Object[] {question, Integer.parseInt(m.group(2)) + 1}, locale);
        return m.group(3) == null ? place : place + " · " + label(m.group(3), locale, messages);
    }

    private static String label(String name, Locale locale, MessageSource messages) {
        return messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {"survey.write.field." + name}, name), locale);
    }

    private static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    /** A number as typed; anything else is left out, which the rules refuse naming the field. */
    private static @Nullable Integer number(String typed) {
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

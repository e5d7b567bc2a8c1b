package shinrai.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two questionnaires Shinrai ships, their texts in the message bundles ({@code survey.q.*}) in Chinese and English.
 *
 * <p><b>CSI</b>: the five factors of the customer service index studies of automotive service (J.D. Power's CSI):
 * service initiation, service advisor, service facility, vehicle pick-up and service quality, three or four items each
 * on a 10-point scale (1 very dissatisfied … 10 very satisfied, the scale those studies ask on), then whether the
 * customer will come back (a choice) and anything else they want to say (free text). The default factor weights are
 * those J.D. Power published for its 2014 China CSI Study (service quality 24 %, service facility 21 %, vehicle pick-up
 * 21 %, service advisor 18 %, service initiation 17 %); published rounded, they add up to 101, so vehicle pick-up is
 * taken as 20 here for the defaults to add up to 100. Each dealer may set its own.
 *
 * <p><b>SERVQUAL</b>: the 22 items of Parasuraman, Zeithaml and Berry (1988) over tangibles (items 1–4), reliability
 * (5–9), responsiveness (10–13), assurance (14–17) and empathy (18–22), each answered twice on a 7-point scale
 * (1 strongly disagree … 7 strongly agree): what the customer expects of an excellent car service dealer, and what
 * they found at this one (the two-column form). The items the 1988 instrument words negatively (10–13 and 18–22) are
 * reverse-coded. The dimensions are weighted reliability 32, responsiveness 22, assurance 19, empathy 16, tangibles 11.
 */
final class DefaultQuestionnaires {

    static final String CSI = "CSI";
    static final String SERVQUAL = "SERVQUAL";

    /** The CSI factors, in the order of a visit. */
    static final List<String> CSI_FACTORS = List.of("INITIATION", "ADVISOR", "FACILITY", "PICK_UP", "QUALITY");

    static final List<String> SERVQUAL_DIMENSIONS =
            List.of("RELIABILITY", "RESPONSIVENESS", "ASSURANCE", "EMPATHY", "TANGIBLES");

    private static final Map<String, List<String>> CSI_ITEMS = Map.of(
            "INITIATION", List.of("IN_APPOINTMENT", "IN_GREETING", "IN_WAIT"),
            "ADVISOR", List.of("SA_COURTESY", "SA_UNDERSTANDING", "SA_EXPLAIN", "SA_UPDATES"),
            "FACILITY", List.of("FA_ACCESS", "FA_CLEAN", "FA_LOUNGE"),
            "PICK_UP", List.of("PU_ON_TIME", "PU_EXPLAIN", "PU_FAIR"),
            "QUALITY", List.of("QU_RIGHT_FIRST", "QU_THOROUGH", "QU_CLEAN"));

    private static final Map<String, Integer> CSI_WEIGHTS =
            Map.of("INITIATION", 17, "ADVISOR", 18, "FACILITY", 21, "PICK_UP", 20, "QUALITY", 24);

    private static final Map<String, Integer> SERVQUAL_WEIGHTS =
            Map.of("RELIABILITY", 32, "RESPONSIVENESS", 22, "ASSURANCE", 19, "EMPATHY", 16, "TANGIBLES", 11);

    /** The 1988 numbering: which dimension each of the 22 items belongs to. */
    private static final List<String> SERVQUAL_ITEM_DIMENSIONS = List.of(
            "TANGIBLES",
            "TANGIBLES",
            "TANGIBLES",
            "TANGIBLES",
            "RELIABILITY",
            "RELIABILITY",
            "RELIABILITY",
            "RELIABILITY",
            "RELIABILITY",
            "RESPONSIVENESS",
            "RESPONSIVENESS",
            "RESPONSIVENESS",
            "RESPONSIVENESS",
            "ASSURANCE",
            "ASSURANCE",
            "ASSURANCE",
            "ASSURANCE",
            "EMPATHY",
            "EMPATHY",
            "EMPATHY",
            "EMPATHY",
            "EMPATHY");

    /** The items the 1988 instrument words negatively. */
    static final Set<Integer> SERVQUAL_REVERSED = Set.of(10, 11, 12, 13, 18, 19, 20, 21, 22);

    static final int CSI_SCALE = 10;
    static final int SERVQUAL_SCALE = 7;
    static final int COMMENT_LENGTH = 1000;

    static final Questionnaire CSI_QUESTIONNAIRE = csi();
    static final Questionnaire SERVQUAL_QUESTIONNAIRE = servqual();

    private DefaultQuestionnaires() {}

    static List<Questionnaire> all() {
        return List.of(CSI_QUESTIONNAIRE, SERVQUAL_QUESTIONNAIRE);
    }

    private static Questionnaire csi() {
        List<Questionnaire.Factor> factors = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        Wording low = Wording.key("survey.scale.CSI.low");
        Wording high = Wording.key("survey.scale.CSI.high");
        for (String factor : CSI_FACTORS) {
            factors.add(
                    new Questionnaire.Factor(factor, Wording.key("survey.factor." + factor), CSI_WEIGHTS.get(factor)));
            for (String item : CSI_ITEMS.get(factor)) {
                questions.add(Question.scale(item, Wording.key("survey.q.CSI." + item), factor, CSI_SCALE, low, high));
            }
        }
        questions.add(Question.choice(
                "RETURN",
                Wording.key("survey.q.CSI.RETURN"),
                false,
                List.of(
                        new Question.Option("YES", Wording.key("survey.q.CSI.RETURN.YES")),
                        new Question.Option("MAYBE", Wording.key("survey.q.CSI.RETURN.MAYBE")),
                        new Question.Option("NO", Wording.key("survey.q.CSI.RETURN.NO")))));
        questions.add(Question.text("COMMENT", Wording.key("survey.q.COMMENT"), COMMENT_LENGTH));
        return new Questionnaire(
                CSI,
                Scoring.CSI,
                Wording.key("survey.questionnaire.CSI"),
                Wording.key("survey.questionnaire.CSI.intro"),
                factors,
                questions,
                true,
                false);
    }

    private static Questionnaire servqual() {
        List<Questionnaire.Factor> factors = SERVQUAL_DIMENSIONS.stream()
                .map(d -> new Questionnaire.Factor(d, Wording.key("survey.factor." + d), SERVQUAL_WEIGHTS.get(d)))
                .toList();
        List<Question> questions = new ArrayList<>();
        Wording low = Wording.key("survey.scale.SERVQUAL.low");
        Wording high = Wording.key("survey.scale.SERVQUAL.high");
        for (int item = 1; item <= 22; item++) {
            String key = String.format("SQ%02d", item);
            Question question = Question.scale(
                            key,
                            Wording.key("survey.q.SERVQUAL." + key),
                            SERVQUAL_ITEM_DIMENSIONS.get(item - 1),
                            SERVQUAL_SCALE,
                            low,
                            high)
                    .withExpectation();
            questions.add(SERVQUAL_REVERSED.contains(item) ? question.reverseCoded() : question);
        }
        questions.add(Question.text("COMMENT", Wording.key("survey.q.COMMENT"), COMMENT_LENGTH));
        return new Questionnaire(
                SERVQUAL,
                Scoring.SERVQUAL,
                Wording.key("survey.questionnaire.SERVQUAL"),
                Wording.key("survey.questionnaire.SERVQUAL.intro"),
                factors,
                questions,
                true,
                false);
    }
}

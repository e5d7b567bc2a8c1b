package shinrai.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shinrai.shared.InvalidInput;

/** The scores as plain arithmetic, without Spring: the CSI index and the SERVQUAL gaps of a hand-worked month. */
class ScoringTest {

    @Test
    void aFactorsMeanIsRescaledToZeroToHundredAndWeightedByTheDealersWeights() {
        // 10-point scale: (score − 1) / 9 × 100, so 1 → 0, 4 → 33.33, 7 → 66.67, 10 → 100
        assertThat(CsiIndex.rescaled(1, 10)).isZero();
        assertThat(CsiIndex.rescaled(10, 10)).isEqualTo(100.0);
        assertThat(CsiIndex.rescaled(7, 10)).isCloseTo(66.667, org.assertj.core.data.Offset.offset(0.001));
        // two customers: initiation 10 and 7 → (100 + 66.67) / 2 = 83.33; advisor 7 and 7 → 66.67;
        // facility 10 and 4 → 66.67; pick-up 7 and 10 → 83.33; quality 10 and 4 → 66.67
        Map<String, Double> means = Map.of(
                "INITIATION", 250.0 / 3,
                "ADVISOR", 200.0 / 3,
                "FACILITY", 200.0 / 3,
                "PICK_UP", 250.0 / 3,
                "QUALITY", 200.0 / 3);
        // default weights 17/18/21/20/24: (17 + 20) × 83.33 + (18 + 21 + 24) × 66.67 = 3083.3 + 4200.0 = 7283.3;
        // / 100 = 72.83 → 72.8
        assertThat(CsiIndex.of(means, CsiWeights.DEFAULT.byFactor())).contains(new BigDecimal("72.8"));
        // unweighted (20 each): (83.33 × 2 + 66.67 × 3) / 5 = 73.33 → 73.3
        assertThat(CsiIndex.of(means, new CsiWeights(20, 20, 20, 20, 20).byFactor()))
                .contains(new BigDecimal("73.3"));
    }

    @Test
    void aFactorNobodyAnsweredIsLeftOutAndTheOtherWeightsCountInProportion() {
        // only quality (24) at 50 and advisor (18) at 100: (24 × 50 + 18 × 100) / 42 = 3000 / 42 = 71.43 → 71.4
        assertThat(CsiIndex.of(Map.of("QUALITY", 50.0, "ADVISOR", 100.0), CsiWeights.DEFAULT.byFactor()))
                .contains(new BigDecimal("71.4"));
        assertThat(CsiIndex.of(Map.of(), CsiWeights.DEFAULT.byFactor())).isEmpty();
    }

    @Test
    void servqualGapsArePerceptionMinusExpectationPerItemDimensionAndOverallWeightedAndUnweighted() {
        // reliability: E 7, P 6 (one customer 5, the other 7) → −1; responsiveness (reverse-coded, already turned
        // round): E 6, P 5 → −1; assurance: E 6, P 6 → 0; empathy: E 7, P 4 → −3; tangibles: E 5, P 6 → +1
        List<ServqualGaps.ItemMeans> items = List.of(
                new ServqualGaps.ItemMeans("SQ01", "TANGIBLES", 5, 6),
                new ServqualGaps.ItemMeans("SQ05", "RELIABILITY", 7, 6),
                new ServqualGaps.ItemMeans("SQ06", "RELIABILITY", 7, 6),
                new ServqualGaps.ItemMeans("SQ10", "RESPONSIVENESS", 6, 5),
                new ServqualGaps.ItemMeans("SQ14", "ASSURANCE", 6, 6),
                new ServqualGaps.ItemMeans("SQ18", "EMPATHY", 7, 4));
        ServqualGaps.Result gaps = ServqualGaps.of(items, SurveyResults.servqualWeights());

        assertThat(gaps.items())
                .extracting(ServqualGaps.ItemGap::gap)
                .containsExactly(
                        new BigDecimal("1.00"),
                        new BigDecimal("-1.00"),
                        new BigDecimal("-1.00"),
                        new BigDecimal("-1.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("-3.00"));
        assertThat(gaps.dimensions())
                .containsExactly(
                        Map.entry("RELIABILITY", new BigDecimal("-1.00")),
                        Map.entry("RESPONSIVENESS", new BigDecimal("-1.00")),
                        Map.entry("ASSURANCE", new BigDecimal("0.00")),
                        Map.entry("EMPATHY", new BigDecimal("-3.00")),
                        Map.entry("TANGIBLES", new BigDecimal("1.00")));
        // unweighted: (−1 − 1 + 0 − 3 + 1) / 5 = −0.80
        assertThat(gaps.unweighted()).contains(new BigDecimal("-0.80"));
        // weighted: (32 × −1 + 22 × −1 + 19 × 0 + 16 × −3 + 11 × 1) / 100 = −91 / 100 = −0.91
        assertThat(gaps.weighted()).contains(new BigDecimal("-0.91"));
    }

    @Test
    void theShippedInstrumentsHaveTheirItemsDimensionsAndReverseCodedItems() {
        Questionnaire servqual = Questionnaires.servqual();
        assertThat(servqual.questions().stream().filter(Question::expectation)).hasSize(22);
        assertThat(servqual.factors()).extracting(Questionnaire.Factor::weight).containsExactly(32, 22, 19, 16, 11);
        assertThat(List.of("RELIABILITY", "RESPONSIVENESS", "ASSURANCE", "EMPATHY", "TANGIBLES").stream()
                        .map(d -> servqual.questionsOf(d).size()))
                .containsExactly(5, 4, 4, 5, 4);
        assertThat(servqual.questions().stream().filter(Question::reverse).map(Question::key))
                .containsExactly("SQ10", "SQ11", "SQ12", "SQ13", "SQ18", "SQ19", "SQ20", "SQ21", "SQ22");
        assertThat(servqual.question("SQ10").orElseThrow().satisfaction(2)).isEqualTo(6);

        Questionnaire csi = Questionnaires.csi();
        assertThat(csi.factors()).extracting(Questionnaire.Factor::weight).containsExactly(17, 18, 21, 20, 24);
        assertThat(csi.factors().stream().mapToInt(Questionnaire.Factor::weight).sum())
                .isEqualTo(100);
    }

    @Test
    void weightsMustAddUpToAHundred() {
        assertThatThrownBy(() -> new CsiWeights(20, 20, 20, 20, 19))
                .isInstanceOf(InvalidSurveyInput.class)
                .hasMessageContaining("survey.error.weightsSum");
        assertThatThrownBy(() -> new CsiWeights(120, -20, 0, 0, 0)).isInstanceOf(InvalidSurveyInput.class);
    }

    @Test
    void eachProblemOfAResponseIsNamedByItsQuestion() {
        InvalidInput refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidInput.class,
                () -> AnswerRules.check(
                        Questionnaires.csi(),
                        List.of(
                                new AnswerGiven("IN_APPOINTMENT", 11, null, null, null),
                                new AnswerGiven("RETURN", null, null, "PERHAPS", null),
                                new AnswerGiven("COMMENT", null, null, null, "好".repeat(1001)),
                                new AnswerGiven("MOOD", 3, null, null, null)),
                        Locale.SIMPLIFIED_CHINESE));
        assertThat(refused.violations())
                .extracting(shinrai.shared.BusinessRuleViolation::field)
                .contains(
                        "answers.MOOD",
                        "answers.IN_APPOINTMENT.score",
                        "answers.IN_GREETING.score",
                        "answers.RETURN.choice",
                        "answers.COMMENT.text");
    }
}

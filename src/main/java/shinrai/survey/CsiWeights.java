package shinrai.survey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much each CSI factor counts in the dealer's index, in per cent: each from 0 to 100, together 100. The defaults
 * are J.D. Power's for its 2014 China CSI Study (see {@link DefaultQuestionnaires}).
 */
public record CsiWeights(int initiation, int advisor, int facility, int pickUp, int quality) {

    public static final CsiWeights DEFAULT = new CsiWeights(17, 18, 21, 20, 24);

    public CsiWeights {
        check("initiation", initiation);
        check("advisor", advisor);
        check("facility", facility);
        check("pickUp", pickUp);
        check("quality", quality);
        int sum = initiation + advisor + facility + pickUp + quality;
        if (sum != 100) {
            throw new InvalidSurveyInput("weights", "survey.error.weightsSum", sum);
        }
    }

    /** The weights by factor key, in the factors' order. */
    public Map<String, Integer> byFactor() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("INITIATION", initiation);
        weights.put("ADVISOR", advisor);
        weights.put("FACILITY", facility);
        weights.put("PICK_UP", pickUp);
        weights.put("QUALITY", quality);
        return weights;
    }

    private static void check(String field, int weight) {
        if (weight < 0 || weight > 100) {
            throw new InvalidSurveyInput(field, "survey.error.weightRange", 0, 100);
        }
    }
}

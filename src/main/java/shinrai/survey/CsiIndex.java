package shinrai.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The customer service index of a group of responses (a dealer's month, an advisor's, a technician's), from each
 * factor's mean: every answer rescaled to 0–100 ({@code (satisfaction - 1) / (scaleMax - 1) × 100}, so 1 is 0 and the
 * top of the scale is 100), averaged per factor, and the factor means weighted by the dealer's factor weights. A
 * factor nobody answered in the group is left out and the other weights count in proportion (a month without a
 * single answer on the facility is not a month the facility scored 0).
 */
public final class CsiIndex {

    private CsiIndex() {}

    /** An answer's satisfaction on 0–100. */
    public static double rescaled(int satisfaction, int scaleMax) {
        return (satisfaction - 1) * 100.0 / (scaleMax - 1);
    }

    /**
     * The index from each factor's mean on 0–100 (absent or {@code null}: nobody answered it), rounded to one decimal;
     * empty when no factor with a weight was answered.
     */
    public static Optional<BigDecimal> of(Map<String, Double> factorMeans, Map<String, Integer> weights) {
        double weighted = 0;
        int weightAnswered = 0;
        for (Map.Entry<String, Integer> weight : weights.entrySet()) {
            Double mean = factorMeans.get(weight.getKey());
            if (mean == null || weight.getValue() == 0) {
                continue;
            }
            weighted += weight.getValue() * mean;
            weightAnswered += weight.getValue();
        }
        if (weightAnswered == 0) {
            return Optional.empty();
        }
        return Optional.of(round(weighted / weightAnswered));
    }

    /** The factor means rounded for showing, in the weights' order. */
    public static Map<String, BigDecimal> shown(Map<String, Double> factorMeans, Map<String, Integer> weights) {
        Map<String, BigDecimal> shown = new LinkedHashMap<>();
        weights.keySet().forEach(factor -> {
            Double mean = factorMeans.get(factor);
            if (mean != null) {
                shown.put(factor, round(mean));
            }
        });
        return shown;
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}

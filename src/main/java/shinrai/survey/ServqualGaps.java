package shinrai.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SERVQUAL gap scores of a group of responses. Reverse-coded items are turned round first ({@code 8 - score} on the
 * 7-point scale, for the expectation and the perception alike). Then: an item's gap is its mean perception minus its
 * mean expectation; a dimension's gap is the mean of its items' gaps; the unweighted overall gap is the mean of the
 * dimensions' gaps; the weighted overall gap weighs each dimension's gap by its weight (reliability 32,
 * responsiveness 22, assurance 19, empathy 16, tangibles 11, out of 100). A negative gap is service below what the
 * customer expects.
 */
public final class ServqualGaps {

    private ServqualGaps() {}

    /**
     * The gaps from each item's means (after reverse coding).
     *
     * @param items each item answered in the group, in the questionnaire's order
     * @param weights the dimensions in order, with their weights
     */
    public static Result of(List<ItemMeans> items, Map<String, Integer> weights) {
        List<ItemGap> itemGaps = new ArrayList<>();
        Map<String, List<Double>> byDimension = new LinkedHashMap<>();
        weights.keySet().forEach(dimension -> byDimension.put(dimension, new ArrayList<>()));
        for (ItemMeans item : items) {
            double gap = item.perception() - item.expectation();
            itemGaps.add(new ItemGap(
                    item.question(),
                    item.dimension(),
                    round(item.expectation(), 2),
                    round(item.perception(), 2),
                    round(gap, 2)));
            byDimension
                    .computeIfAbsent(item.dimension(), k -> new ArrayList<>())
                    .add(gap);
        }
        Map<String, BigDecimal> dimensionGaps = new LinkedHashMap<>();
        double sum = 0;
        int dimensions = 0;
        double weighted = 0;
        int weightAnswered = 0;
        for (Map.Entry<String, List<Double>> dimension : byDimension.entrySet()) {
            if (dimension.getValue().isEmpty()) {
                continue;
            }
            double gap = dimension.getValue().stream()
                    .mapToDouble(Double::doubleValue)
                    .average()
                    .orElseThrow();
            dimensionGaps.put(dimension.getKey(), round(gap, 2));
            sum += gap;
            dimensions++;
            int weight = weights.getOrDefault(dimension.getKey(), 0);
            weighted += weight * gap;
            weightAnswered += weight;
        }
        return new Result(
                itemGaps,
                dimensionGaps,
                dimensions == 0 ? Optional.empty() : Optional.of(round(sum / dimensions, 2)),
                weightAnswered == 0 ? Optional.empty() : Optional.of(round(weighted / weightAnswered, 2)));
    }

    static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    /** One item's mean expectation and perception over the group, reverse coding applied. */
    public record ItemMeans(String question, String dimension, double expectation, double perception) {}

    public record ItemGap(
            String question, String dimension, BigDecimal expectation, BigDecimal perception, BigDecimal gap) {}

    /**
     * @param unweighted the mean of the dimensions' gaps; empty when nothing was answered
     * @param weighted the dimensions' gaps weighted by their weights
     */
    public record Result(
            List<ItemGap> items,
            Map<String, BigDecimal> dimensions,
            Optional<BigDecimal> unweighted,
            Optional<BigDecimal> weighted) {}
}

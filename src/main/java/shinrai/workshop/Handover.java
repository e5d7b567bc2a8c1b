package shinrai.workshop;

import org.jspecify.annotations.Nullable;

/**
 * What the advisor confirms when handing the car back, and the customer's ratings from the tablet.
 *
 * @param billExplained each item and charge of the bill was explained
 * @param oldPartsOffered the replaced parts were offered back to the customer
 * @param advisorRating 1–5, or {@code null} when the customer chose not to rate
 * @param technicianRating 1–5, or {@code null} when the customer chose not to rate
 */
public record Handover(
        boolean billExplained,
        boolean oldPartsOffered,
        @Nullable Integer advisorRating,
        @Nullable Integer technicianRating) {}

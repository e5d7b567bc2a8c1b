package shinrai.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the customer's progress page shows, and nothing more: the stages, the promised time and whether it holds, the
 * car by model and a masked plate, and how to reach the dealer. No technicians, prices, notes or contact details of
 * the customer.
 *
 * @param awaitingAnswer extra work found during the repair waits for the customer's answer
 */
public record CustomerProgress(
        String number,
        String dealerName,
        String dealerPhone,
        String car,
        String maskedPlate,
        CustomerStage stage,
        @Nullable Instant promisedAt,
        @Nullable Instant deliveredAt,
        Timing timing,
        boolean awaitingAnswer,
        ZoneId zone) {

    public List<CustomerStage> stages() {
        return List.of(CustomerStage.values());
    }

    /** Whether a stage is done, the current one, or still to come. */
    public String stateOf(CustomerStage each) {
        return each.ordinal() < stage.ordinal() ? "done" : each == stage ? "current" : "next";
    }

    /** The promise as the customer would put it. */
    public enum Timing {
        NOT_YET_PROMISED,
        ON_TIME,
        LATE,
        DELIVERED_ON_TIME,
        DELIVERED_LATE;

        public String messageKey() {
            return "workshop.progress.timing." + name();
        }

        static Timing of(@Nullable Instant promisedAt, @Nullable Instant deliveredAt, Instant now) {
            if (promisedAt == null) {
                return NOT_YET_PROMISED;
            }
            if (deliveredAt != null) {
                return deliveredAt.isAfter(promisedAt) ? DELIVERED_LATE : DELIVERED_ON_TIME;
            }
            return now.isAfter(promisedAt) ? LATE : ON_TIME;
        }
    }
}

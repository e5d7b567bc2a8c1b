package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * A car with the dealer now, with what is left to do on it.
 *
 * @param hoursLeft standard hours of the approved jobs not yet done
 */
public record CarInWorkshop(RepairOrderSummary order, BigDecimal hoursLeft) {

    /** Time the final checks, the wash and the handover take after the last job: a promise needs this margin. */
    static final Duration HANDOVER = Duration.ofMinutes(30);

    /** The promised time has passed and the car is not delivered. */
    public boolean late(Instant now) {
        return order.promisedAt() != null && order.promisedAt().isBefore(now);
    }

    /**
     * The promise will be missed unless something changes: the jobs left, at their standard hours, and the handover
     * no longer fit before it. Flagged to the advisor before it is missed, so the customer can be called in time.
     */
    public boolean atRisk(Instant now) {
        if (order.promisedAt() == null || late(now) || order.status() == RepairOrderStatus.QC_PASSED) {
            return false;
        }
        long minutesLeft = hoursLeft.multiply(BigDecimal.valueOf(60)).longValue();
        return now.plus(Duration.ofMinutes(minutesLeft)).plus(HANDOVER).isAfter(order.promisedAt());
    }
}

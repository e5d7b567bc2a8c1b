package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A repair order: the customer's commission to work on their car.
 *
 * @param number what customer and staff call it, e.g. {@code RO20261124-0007}; per dealer and day
 * @param customerWords the customer's own words from reception, carried on the order unchanged
 */
public record RepairOrder(
        long id,
        String number,
        long customerId,
        long vehicleId,
        long advisorId,
        @Nullable Long appointmentId,
        String customerWords,
        @Nullable Integer kilometres,
        RepairOrderStatus status,
        Instant openedAt,
        int version) {}

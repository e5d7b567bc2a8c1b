package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;

/**
 * A repair order as a car's history lists it: a visit, without its lines.
 *
 * @param number what customer and staff call it, e.g. {@code RO20261124-0007}; per dealer and day
 * @param customerWords the customer's own words from reception, carried on the order unchanged
 */
public record RepairOrderSummary(
        RepairOrderId id,
        String number,
        CustomerId customer,
        VehicleId vehicle,
        StaffId advisor,
        @Nullable Long appointmentId,
        String customerWords,
        @Nullable Integer kilometres,
        RepairOrderStatus status,
        Instant openedAt,
        @Nullable Instant promisedAt) {}

package shinrai.workshop;

import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;

/** What reception hands over when it opens a repair order. */
public record RepairOrderOpening(
        CustomerId customer,
        VehicleId vehicle,
        StaffId advisor,
        @Nullable Long appointmentId,
        String customerWords,
        @Nullable Integer kilometres) {}

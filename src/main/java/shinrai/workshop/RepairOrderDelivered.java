package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;

/**
 * The car went back to its customer with the bill explained. Follow-up calls, surveys and KPIs start from here.
 *
 * @param advisorRating the customer's rating of the advisor at delivery, 1–5, if they gave one
 * @param technicianRating the customer's rating of the technicians' work, 1–5, if they gave one
 */
public record RepairOrderDelivered(
        long dealerId,
        RepairOrderId repairOrder,
        String number,
        CustomerId customer,
        VehicleId vehicle,
        StaffId advisor,
        @Nullable Integer advisorRating,
        @Nullable Integer technicianRating,
        Instant at) {}

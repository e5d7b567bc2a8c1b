package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.vehicle.VehicleId;

/**
 * A new order is a comeback of one delivered within the dealer's window: it counts against first-time fix. {@code line}
 * is the job that came back; {@code null} when the customer's concern came back, whatever the work this time.
 */
public record ComebackFound(
        long dealerId,
        RepairOrderId repairOrder,
        @Nullable Integer line,
        VehicleId vehicle,
        Comeback comeback,
        Instant at) {}

package shinrai.workshop;

import java.time.Instant;
import shinrai.vehicle.VehicleId;

/** A job on a new order is a comeback of one delivered within the dealer's window: it counts against first-time fix. */
public record ComebackFound(
        long dealerId, RepairOrderId repairOrder, int line, VehicleId vehicle, Comeback comeback, Instant at) {}

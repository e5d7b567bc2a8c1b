package shinrai.vehicle;

/** A dealer started keeping a record of a vehicle for one of its customers. */
public record VehicleRegistered(
        long dealerId, long vehicleId, long ownerId, String vin, String description, java.time.Instant occurredAt) {}

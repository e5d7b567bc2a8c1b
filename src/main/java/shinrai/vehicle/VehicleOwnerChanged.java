package shinrai.vehicle;

/** A vehicle passed from one customer to another; its service history went with it. */
public record VehicleOwnerChanged(
        long dealerId,
        long vehicleId,
        long previousOwnerId,
        long newOwnerId,
        String vin,
        String reason,
        java.time.Instant occurredAt) {}

package shinrai.reception;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the advisor records at the car.
 *
 * @param appointmentId the appointment the car came for, or {@code null} for a walk-in
 * @param customerWords what the customer said, verbatim: kept exactly as entered, never rewritten
 * @param kilometres the odometer reading; {@code null} when not entered, which is refused with the other problems
 * @param meterReplaced the odometer was replaced, so a reading below the last one is right
 * @param fuelEighths the fuel gauge in eighths: 0 empty, 8 full; {@code null} when not chosen
 */
public record ReceptionRequest(
        @Nullable Long appointmentId,
        long vehicleId,
        String customerWords,
        @Nullable Integer kilometres,
        boolean meterReplaced,
        @Nullable Integer fuelEighths,
        String valuables,
        List<DamageMark> damage,
        boolean seatCover,
        boolean floorMat,
        boolean steeringWheelCover) {

    public ReceptionRequest {
        customerWords = customerWords == null ? "" : customerWords;
        valuables = valuables == null ? "" : valuables.strip();
        damage = damage == null ? List.of() : List.copyOf(damage);
    }
}

package shinrai.reception;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A car received: the record of the moment, and the repair order it opened. */
public record Reception(
        long id,
        @Nullable Long appointmentId,
        long customerId,
        long vehicleId,
        long advisorId,
        String customerWords,
        int kilometres,
        int fuelEighths,
        String valuables,
        List<DamageMark> damage,
        boolean seatCover,
        boolean floorMat,
        boolean steeringWheelCover,
        long repairOrderId,
        String repairOrderNumber,
        Instant receivedAt) {

    Reception withDamage(List<DamageMark> marks) {
        return new Reception(
                id,
                appointmentId,
                customerId,
                vehicleId,
                advisorId,
                customerWords,
                kilometres,
                fuelEighths,
                valuables,
                List.copyOf(marks),
                seatCover,
                floorMat,
                steeringWheelCover,
                repairOrderId,
                repairOrderNumber,
                receivedAt);
    }

    Reception withRepairOrderNumber(String number) {
        return new Reception(
                id,
                appointmentId,
                customerId,
                vehicleId,
                advisorId,
                customerWords,
                kilometres,
                fuelEighths,
                valuables,
                damage,
                seatCover,
                floorMat,
                steeringWheelCover,
                repairOrderId,
                number,
                receivedAt);
    }
}

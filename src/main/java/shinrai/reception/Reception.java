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

    /** The reception with what other tables hold: its damage marks, in order, and its repair order's number. */
    Reception completed(List<DamageMark> marks, String number) {
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
                number,
                receivedAt);
    }
}

package shinrai.appointment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booked visit: which car, when, with which advisor, for what, and what became of it.
 *
 * @param description the customer's own description at booking; reception records their words again, verbatim
 * @param lateMinutes how late the car arrived, when later than the dealer's tolerance
 * @param partsNote what the advisor checked of the parts the job needs, until the parts module reserves them
 */
public record Appointment(
        long id,
        long customerId,
        long vehicleId,
        long advisorId,
        @Nullable Long technicianId,
        LocalDate day,
        Instant startsAt,
        Instant endsAt,
        List<ServiceRequest> services,
        WorkshopSection section,
        BigDecimal estimatedHours,
        String description,
        Transport transport,
        BookingChannel bookedVia,
        AppointmentStatus status,
        @Nullable Instant arrivedAt,
        @Nullable Integer lateMinutes,
        String partsNote,
        String cancelReason,
        Instant bookedAt,
        int version) {

    public Appointment {
        services = List.copyOf(services);
    }

    public String reference() {
        return referenceTo(id);
    }

    static String referenceTo(long id) {
        return "appointment:" + id;
    }

    public boolean isLate() {
        return lateMinutes != null;
    }
}

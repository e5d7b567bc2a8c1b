package shinrai.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is asked when booking.
 *
 * @param advisorId the advisor the customer asked for, or {@code null} for whoever has room
 * @param description the customer's description of the problem, in their words
 * @param consentToMessages the customer agreed, when booking, to confirmations and reminders by SMS; recorded as
 *     consent with how it was given. Not agreeing records nothing: not asked is not withdrawn.
 */
public record BookingRequest(
        long customerId,
        long vehicleId,
        LocalDate day,
        LocalTime time,
        @Nullable Long advisorId,
        Set<ServiceRequest> services,
        String description,
        Transport transport,
        BookingChannel channel,
        boolean consentToMessages) {

    public BookingRequest {
        services = Set.copyOf(services);
        description = description == null ? "" : description.strip();
    }
}

package shinrai.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is asked when booking.
 *
 * @param time the slot chosen; {@code null} when none was, which is refused together with whatever else is missing
 * @param advisorId the advisor the customer asked for, or {@code null} for whoever has room
 * @param description the customer's description of the problem, in their words
 * @param consentToMessages the customer agreed, when booking, to confirmations and reminders by SMS; recorded as
 *     consent with how it was given. Not agreeing records nothing: not asked is not withdrawn.
 * @param anotherVisitConfirmed the desk books the car although it is booked that day already or is in the workshop
 *     (see {@link CarAlreadyExpected}); never set by the customer's own booking page
 */
public record BookingRequest(
        long customerId,
        long vehicleId,
        LocalDate day,
        @Nullable LocalTime time,
        @Nullable Long advisorId,
        Set<ServiceRequest> services,
        String description,
        Transport transport,
        BookingChannel channel,
        boolean consentToMessages,
        boolean anotherVisitConfirmed) {

    public BookingRequest {
        services = Set.copyOf(services);
        description = description == null ? "" : description.strip();
    }

    /** A booking that is the car's only visit, as most are. */
    public BookingRequest(
            long customerId,
            long vehicleId,
            LocalDate day,
            @Nullable LocalTime time,
            @Nullable Long advisorId,
            Set<ServiceRequest> services,
            String description,
            Transport transport,
            BookingChannel channel,
            boolean consentToMessages) {
        this(
                customerId,
                vehicleId,
                day,
                time,
                advisorId,
                services,
                description,
                transport,
                channel,
                consentToMessages,
                false);
    }
}

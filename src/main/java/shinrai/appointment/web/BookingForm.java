package shinrai.appointment.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.BookingRequest;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;

/** The booking form as staff fill it in on the phone or at the desk. */
public class BookingForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate day;

    // no slot chosen is refused by the booking itself, together with whatever else is missing
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime time;

    private @Nullable Long advisorId;
    private Set<ServiceRequest> services = new LinkedHashSet<>();
    private String description = "";
    private Transport transport = Transport.WAIT;
    private BookingChannel channel = BookingChannel.PHONE;
    private boolean consentToMessages;
    /** The advisor saw that the car is booked that day already, or in the workshop, and books it all the same. */
    private boolean anotherVisit;

    BookingRequest toRequest(long customerId, long vehicleId) {
        return new BookingRequest(
                customerId,
                vehicleId,
                java.util.Objects.requireNonNull(day),
                time,
                advisorId,
                services,
                description,
                transport,
                channel,
                consentToMessages,
                anotherVisit);
    }

    public @Nullable LocalDate getDay() {
        return day;
    }

    public void setDay(@Nullable LocalDate day) {
        this.day = day;
    }

    public @Nullable LocalTime getTime() {
        return time;
    }

    public void setTime(@Nullable LocalTime time) {
        this.time = time;
    }

    public @Nullable Long getAdvisorId() {
        return advisorId;
    }

    public void setAdvisorId(@Nullable Long advisorId) {
        this.advisorId = advisorId;
    }

    public Set<ServiceRequest> getServices() {
        return services;
    }

    public void setServices(Set<ServiceRequest> services) {
        this.services = services == null ? new LinkedHashSet<>() : services;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public Transport getTransport() {
        return transport;
    }

    public void setTransport(Transport transport) {
        this.transport = transport;
    }

    public BookingChannel getChannel() {
        return channel;
    }

    public void setChannel(BookingChannel channel) {
        this.channel = channel;
    }

    public boolean isConsentToMessages() {
        return consentToMessages;
    }

    public void setConsentToMessages(boolean consentToMessages) {
        this.consentToMessages = consentToMessages;
    }

    public boolean isAnotherVisit() {
        return anotherVisit;
    }

    public void setAnotherVisit(boolean anotherVisit) {
        this.anotherVisit = anotherVisit;
    }
}

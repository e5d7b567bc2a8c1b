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

/** What the customer fills in on the public page: who they are (plate and mobile) and what they want. */
public class PublicBookingForm {

    private String plate = "";
    private String mobile = "";

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate day;

    @NotNull(message = "{appointment.chooseSlot}")
    @DateTimeFormat(pattern = "HH:mm")
    private @Nullable LocalTime time;

    private Set<ServiceRequest> services = new LinkedHashSet<>();
    private String description = "";
    private Transport transport = Transport.WAIT;
    private boolean consentToMessages;

    /** The customer and car are filled in by the identification, which the zeros here leave to it. */
    BookingRequest asked() {
        return new BookingRequest(
                0,
                0,
                java.util.Objects.requireNonNull(day),
                java.util.Objects.requireNonNull(time),
                null,
                services,
                description,
                transport,
                BookingChannel.ONLINE,
                consentToMessages);
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate == null ? "" : plate;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile == null ? "" : mobile;
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

    public boolean isConsentToMessages() {
        return consentToMessages;
    }

    public void setConsentToMessages(boolean consentToMessages) {
        this.consentToMessages = consentToMessages;
    }
}

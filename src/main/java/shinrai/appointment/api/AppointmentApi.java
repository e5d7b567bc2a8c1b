package shinrai.appointment.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.appointment.Appointment;
import shinrai.appointment.Appointments;
import shinrai.appointment.Availability;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.BookingRequest;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.messaging.QueuedMessage;
import shinrai.shared.TextLimits;

/** Appointments for integrators: free slots, booking, and what happens to a booking until the car is received. */
@RestController
@RequestMapping("/api/v1/appointments")
@PreAuthorize("hasAnyAuthority('APPOINTMENT_BOOK', 'RECEPTION_PERFORM')")
@Tag(name = "Appointments")
@SecurityRequirement(name = "bearer")
class AppointmentApi {

    private final Appointments appointments;
    private final Availability availability;
    private final MessageSource texts;

    AppointmentApi(Appointments appointments, Availability availability, MessageSource texts) {
        this.appointments = appointments;
        this.availability = availability;
        this.texts = texts;
    }

    @GetMapping("/availability")
    @Operation(
            summary = "The day's slots with the room left for these services (and this advisor, if given)",
            description = "fullReason says in the caller's language why a slot takes no car.")
    DayAvailabilityView availability(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam(defaultValue = "") Set<ServiceRequest> services,
            @RequestParam(required = false) @Nullable Long advisorId,
            Locale locale) {
        Availability.DayAvailability found = availability.of(day, advisorId, services);
        return new DayAvailabilityView(
                found.day(),
                found.holiday(),
                found.slots().stream()
                        .map(slot -> new SlotView(
                                slot.time(),
                                slot.startsAt(),
                                slot.endsAt(),
                                slot.free(),
                                slot.fullReason() == null ? null : texts.getMessage(slot.fullReason(), null, locale)))
                        .toList());
    }

    @GetMapping
    @Operation(summary = "The day's appointments, in slot order")
    List<AppointmentView> day(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        List<Appointment> list = appointments.onDay(day);
        var messages = appointments.messages(list);
        return list.stream()
                .map(a -> AppointmentView.of(a, messages.getOrDefault(a.id(), List.of())))
                .toList();
    }

    @GetMapping("/{id}")
    AppointmentView one(@PathVariable long id) {
        return view(appointments.get(id));
    }

    /** The appointment as a change left it, with its messages: the change already read it back. */
    private AppointmentView view(Appointment appointment) {
        return AppointmentView.of(
                appointment, appointments.messages(List.of(appointment)).getOrDefault(appointment.id(), List.of()));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    @Operation(
            summary = "Book a slot; a full slot is refused with 409 and errors[].field = time",
            description = "Confirmation and reminder go to the customer's outbox on a channel they consented to;"
                    + " consentToMessages=true records the customer's SMS consent given while booking. A car booked"
                    + " that day already, or in the workshop now, is refused with 409 and errors[].field = vehicleId"
                    + " unless confirmAnotherVisit=true says the second visit is meant.")
    ResponseEntity<AppointmentView> book(
            @Valid @RequestBody BookingBody body, @RequestParam(defaultValue = "false") boolean confirmAnotherVisit) {
        Appointments.Booked booked = appointments.book(new BookingRequest(
                body.customerId(),
                body.vehicleId(),
                body.day(),
                body.time(),
                body.advisorId(),
                body.services(),
                body.description() == null ? "" : body.description(),
                body.transport() == null ? Transport.WAIT : body.transport(),
                body.channel() == null ? BookingChannel.API : body.channel(),
                Boolean.TRUE.equals(body.consentToMessages()),
                confirmAnotherVisit));
        return ResponseEntity.created(URI.create(
                        "/api/v1/appointments/" + booked.appointment().id()))
                .body(AppointmentView.of(booked.appointment(), booked.messages()));
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    @Operation(summary = "Move a booking to another slot; a full slot is refused with 409 like a new booking")
    AppointmentView reschedule(@PathVariable long id, @Valid @RequestBody RescheduleBody body) {
        return view(appointments.reschedule(id, body.day(), body.time(), body.advisorId()));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    AppointmentView cancel(@PathVariable long id, @Valid @RequestBody CancellationBody body) {
        return view(appointments.cancel(id, body.reason()));
    }

    @PostMapping("/{id}/arrival")
    @Operation(summary = "The car arrived; later than the dealer's tolerance is recorded as late, with the minutes")
    AppointmentView arrive(@PathVariable long id) {
        return view(appointments.arrive(id));
    }

    @PostMapping("/{id}/no-show")
    AppointmentView noShow(@PathVariable long id) {
        return view(appointments.noShow(id));
    }

    @PutMapping("/{id}/preparation")
    @Operation(summary = "The day before: pre-assign a technician and note the parts checked")
    AppointmentView prepare(@PathVariable long id, @Valid @RequestBody PreparationBody body) {
        return view(appointments.prepare(id, body.technicianId(), body.partsNote() == null ? "" : body.partsNote()));
    }

    record BookingBody(
            @NotNull Long customerId,
            @NotNull Long vehicleId,
            @NotNull LocalDate day,

            @NotNull @Schema(type = "string", example = "09:30")
            LocalTime time,

            @Nullable Long advisorId,
            // none at all is refused by the booking itself, which says so together with any other problem
            @NotNull @Size(max = 20) Set<ServiceRequest> services,
            @Nullable @Size(max = TextLimits.NOTE) String description,
            @Nullable Transport transport,
            @Nullable BookingChannel channel,
            @Nullable Boolean consentToMessages) {}

    record CancellationBody(
            @NotBlank @Size(max = TextLimits.LINE) String reason) {}

    record RescheduleBody(
            @NotNull LocalDate day,

            @NotNull @Schema(type = "string", example = "14:00")
            LocalTime time,

            @Nullable Long advisorId) {}

    record PreparationBody(
            @Nullable Long technicianId,
            @Nullable @Size(max = 1000) String partsNote) {}

    /** @param holiday the holiday's name when the dealer is closed that day */
    record DayAvailabilityView(LocalDate day, @Nullable String holiday, List<SlotView> slots) {}

    /** @param fullReason why the slot takes no car, in the caller's language; {@code null} while it has room */
    record SlotView(
            @Schema(type = "string", example = "09:30") LocalTime time,
            Instant startsAt,
            Instant endsAt,
            int free,
            @Nullable String fullReason) {}

    record MessageView(String channel, String topic, String status, Instant dueAt) {
        static MessageView of(QueuedMessage message) {
            return new MessageView(
                    message.channel().name(), message.topic(), message.status().name(), message.dueAt());
        }
    }

    /** An appointment with the messages queued about it (channel and status, never the address). */
    record AppointmentView(@JsonUnwrapped Appointment appointment, List<MessageView> messages) {

        static AppointmentView of(Appointment appointment, List<QueuedMessage> messages) {
            return new AppointmentView(
                    appointment, messages.stream().map(MessageView::of).toList());
        }
    }
}

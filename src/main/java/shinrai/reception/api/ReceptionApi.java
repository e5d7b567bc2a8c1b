package shinrai.reception.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.appointment.Appointment;
import shinrai.reception.DamageMark;
import shinrai.reception.Reception;
import shinrai.reception.ReceptionBriefing;
import shinrai.reception.ReceptionRequest;
import shinrai.reception.Receptions;
import shinrai.workshop.RepairOrderSummary;

/** Reception for tablet apps: read the briefing first, then take the car in and open its repair order. */
@RestController
@RequestMapping("/api/v1/receptions")
@PreAuthorize("hasAuthority('RECEPTION_PERFORM')")
@Tag(name = "Reception")
@SecurityRequirement(name = "bearer")
class ReceptionApi {

    private final Receptions receptions;
    private final ReceptionBriefing briefing;

    ReceptionApi(Receptions receptions, ReceptionBriefing briefing) {
        this.receptions = receptions;
        this.briefing = briefing;
    }

    @GetMapping("/briefing")
    @Operation(summary = "What to know before greeting: surname, earlier visits, open orders, earlier bookings")
    BriefingView briefing(@RequestParam long vehicleId, @RequestParam(required = false) @Nullable Long appointmentId) {
        return BriefingView.of(briefing.of(vehicleId, appointmentId));
    }

    @PostMapping
    @Operation(
            summary = "Take the car in and open its repair order",
            description = "customerWords are stored exactly as sent and never changed. All three protective covers"
                    + " must be fitted. Every invalid field is reported at once in errors[].")
    ResponseEntity<Reception> receive(@Valid @RequestBody ReceptionBody body) {
        Reception reception = receptions.receive(new ReceptionRequest(
                body.appointmentId(),
                body.vehicleId(),
                body.customerWords(),
                body.kilometres(),
                Boolean.TRUE.equals(body.meterReplaced()),
                body.fuelEighths(),
                body.valuables(),
                body.damage() == null
                        ? List.of()
                        : body.damage().stream()
                                .map(d -> new DamageMark(d.x(), d.y(), d.kind(), d.note()))
                                .toList(),
                Boolean.TRUE.equals(body.seatCover()),
                Boolean.TRUE.equals(body.floorMat()),
                Boolean.TRUE.equals(body.steeringWheelCover())));
        return ResponseEntity.created(URI.create("/api/v1/receptions/" + reception.id()))
                .body(reception);
    }

    @GetMapping("/{id}")
    Reception one(@PathVariable long id) {
        return receptions.get(id);
    }

    record DamageBody(
            @NotNull BigDecimal x,
            @NotNull BigDecimal y,
            @NotNull DamageMark.Kind kind,
            @Nullable @Size(max = 200) String note) {}

    record ReceptionBody(
            @Nullable Long appointmentId,
            @NotNull Long vehicleId,
            @NotNull @Size(max = 4000) String customerWords,
            @NotNull Integer kilometres,
            @Nullable Boolean meterReplaced,
            @NotNull Integer fuelEighths,
            @Nullable @Size(max = 1000) String valuables,
            @Nullable @Size(max = 100) List<@NotNull @Valid DamageBody> damage,
            @Nullable Boolean seatCover,
            @Nullable Boolean floorMat,
            @Nullable Boolean steeringWheelCover) {}

    /** Work declined on an earlier visit and not done since: to offer again. */
    record DeclinedView(
            long repairOrderId,
            String repairOrderNumber,
            String description,
            @Nullable String code,
            BigDecimal amount,
            java.time.Instant declinedAt) {

        static DeclinedView of(shinrai.workshop.DeclinedWork work) {
            return new DeclinedView(
                    work.repairOrder().value(),
                    work.repairOrderNumber(),
                    work.description(),
                    work.code(),
                    work.amount().amount(),
                    work.declinedAt());
        }
    }

    /** The briefing without contact details: those stay behind the customer API's masking. */
    record BriefingView(
            long customerId,
            String customerName,
            String surname,
            @Nullable String gender,
            long vehicleId,
            String vin,
            @Nullable String plate,
            String model,
            @Nullable Integer lastKilometres,
            @Nullable Long appointmentId,
            @Nullable String bookingDescription,
            List<VisitView> visits,
            List<VisitView> openOrders,
            List<DeclinedView> declinedWork,
            List<BookingView> earlierBookings,

            @Schema(
                    description = "How many of the customer's numbers a follow-up call reported wrong: ask for the"
                            + " right one")
            int wrongNumbers) {

        static BriefingView of(ReceptionBriefing.Briefing b) {
            Appointment appointment = b.appointment();
            return new BriefingView(
                    b.customer().id(),
                    b.customer().name(),
                    b.customer().profile().surname(),
                    b.customer().profile().gender() == null
                            ? null
                            : b.customer().profile().gender().name(),
                    b.vehicle().id(),
                    b.vehicle().vin().value(),
                    b.vehicle().plate() == null ? null : b.vehicle().plate().value(),
                    b.vehicle().description(),
                    b.lastReading() == null ? null : b.lastReading().kilometres(),
                    appointment == null ? null : appointment.id(),
                    appointment == null ? null : appointment.description(),
                    b.visits().stream().map(VisitView::of).toList(),
                    b.openOrders().stream().map(VisitView::of).toList(),
                    b.declinedWork().stream().map(DeclinedView::of).toList(),
                    b.earlierBookings().stream().map(BookingView::of).toList(),
                    b.wrongNumbers().size());
        }
    }

    record VisitView(long repairOrderId, String number, Instant openedAt, String status, String customerWords) {
        static VisitView of(RepairOrderSummary order) {
            return new VisitView(
                    order.id().value(),
                    order.number(),
                    order.openedAt(),
                    order.status().name(),
                    order.customerWords());
        }
    }

    record BookingView(
            long appointmentId,
            Instant startsAt,
            String status,
            @Nullable Integer lateMinutes) {
        static BookingView of(Appointment a) {
            return new BookingView(a.id(), a.startsAt(), a.status().name(), a.lateMinutes());
        }
    }
}

package shinrai.appointment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.appointment.Appointment;
import shinrai.appointment.AppointmentLines;
import shinrai.appointment.AppointmentStatus;
import shinrai.appointment.Appointments;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.shared.BusinessRuleViolation;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderSummary;

/**
 * The day before: each booked car with its history and open items, the parts to check and the technician to
 * pre-assign. The whole list is read in a fixed number of queries, however many cars are coming.
 */
@Controller
@RequestMapping("/appointments/preparation")
@PreAuthorize("hasAnyAuthority('APPOINTMENT_BOOK', 'RECEPTION_PERFORM')")
class PreparationController {

    static final int HISTORY = 5;

    private final Appointments appointments;
    private final AppointmentLines lines;
    private final RepairOrderHistory repairOrders;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final Clock clock;

    PreparationController(
            Appointments appointments,
            AppointmentLines lines,
            RepairOrderHistory repairOrders,
            VehicleRegister vehicles,
            Staff staff,
            DealerDirectory dealers,
            Clock clock) {
        this.appointments = appointments;
        this.lines = lines;
        this.repairOrders = repairOrders;
        this.vehicles = vehicles;
        this.staff = staff;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate shown = day == null
                ? LocalDate.now(clock.withZone(dealers.current().zone())).plusDays(1)
                : day;
        List<Appointment> booked = appointments.onDay(shown).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED)
                .toList();
        List<Long> cars = booked.stream().map(Appointment::vehicleId).distinct().toList();
        Map<Long, List<RepairOrderSummary>> visits =
                repairOrders.historyOf(cars.stream().map(VehicleId::new).toList(), HISTORY).stream()
                        .collect(Collectors.groupingBy(o -> o.vehicle().value()));
        Map<Long, List<Appointment>> bookings = appointments.ofVehicles(cars, HISTORY + 1).stream()
                .collect(Collectors.groupingBy(Appointment::vehicleId));
        Map<Long, OdometerReading> readings = vehicles.lastReadings(cars);
        model.addAttribute("day", shown);
        model.addAttribute("zone", dealers.current().zone());
        model.addAttribute(
                "cards",
                lines.of(booked).stream()
                        .map(line -> {
                            long car = line.appointment().vehicleId();
                            List<RepairOrderSummary> history = visits.getOrDefault(car, List.of());
                            return new Card(
                                    line,
                                    readings.get(car),
                                    history,
                                    history.stream()
                                            .filter(o -> o.status().isOpen())
                                            .toList(),
                                    bookings.getOrDefault(car, List.of()).stream()
                                            .filter(a ->
                                                    a.id() != line.appointment().id())
                                            .toList());
                        })
                        .toList());
        model.addAttribute("technicians", staff.active(Role.TECHNICIAN, Role.FOREMAN));
        return "appointment/preparation";
    }

    @PostMapping("/{id}")
    String prepare(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long technicianId,
            @RequestParam(defaultValue = "") String partsNote,
            RedirectAttributes redirect) {
        try {
            Appointment prepared = appointments.prepare(id, technicianId, partsNote);
            redirect.addFlashAttribute("notice", "appointment.prepared");
            return "redirect:/appointments/preparation?day=" + prepared.day() + "#appointment-" + id;
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
            return "redirect:/appointments/preparation?day="
                    + appointments.get(id).day();
        }
    }

    /** One car to prepare. */
    record Card(
            AppointmentLines.Line line,
            @Nullable OdometerReading lastReading,
            List<RepairOrderSummary> visits,
            List<RepairOrderSummary> openOrders,
            List<Appointment> earlierBookings) {}
}

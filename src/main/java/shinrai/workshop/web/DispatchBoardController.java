package shinrai.workshop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.dealer.StaffMember;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FlashOutcome;
import shinrai.workshop.Bay;
import shinrai.workshop.BayDay;
import shinrai.workshop.BayId;
import shinrai.workshop.Bays;
import shinrai.workshop.BoardJob;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopBoard;

/**
 * The foreman's dispatch board (派工看板): the technicians who may be given work and the bays against the hours of
 * today, the jobs waiting for someone, and a form on each waiting job to give it to a technician, in a bay if the
 * foreman picks one (a drag onto a technician's row submits the same form; a drag onto a bay's row puts the job in
 * that bay). The board refreshes itself every half minute.
 */
@Controller
@RequestMapping("/workshop/board")
@PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
class DispatchBoardController {

    private final WorkshopBoard board;
    private final Bays bays;
    private final Workshop workshop;
    private final Staff staff;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final Clock clock;

    DispatchBoardController(
            WorkshopBoard board,
            Bays bays,
            Workshop workshop,
            Staff staff,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            Clock clock) {
        this.board = board;
        this.bays = bays;
        this.workshop = workshop;
        this.staff = staff;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        fill(model);
        return "workshop/dispatch-board";
    }

    /** The board alone, for htmx to swap in when it polls. */
    @GetMapping("/live")
    String live(Model model) {
        fill(model);
        return "workshop/dispatch-board :: board";
    }

    @PostMapping("/orders/{id}/jobs/{line}")
    String dispatch(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Dispatch form,
            BindingResult bound,
            RedirectAttributes redirect) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "repairOrder.error.form");
            return "redirect:/workshop/board";
        }
        StaffId technician = new StaffId(form.technicianId());
        BayId bay = form.bayId() == null ? null : new BayId(form.bayId());
        String name = staff.displayNames(List.of(technician.value())).getOrDefault(technician.value(), "-");
        FlashOutcome.of(
                redirect,
                () -> workshop.dispatch(RepairOrderId.asked(id), form.version(), line, technician, bay),
                bay == null ? "workshop.board.dispatched" : "workshop.board.dispatchedInBay",
                name,
                bayName(bay));
        return "redirect:/workshop/board";
    }

    /** A job's card dropped on a bay's row: the car goes in that bay, whoever has the job or nobody yet. */
    @PostMapping("/orders/{id}/jobs/{line}/bay")
    String moveToBay(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Bay form,
            BindingResult bound,
            RedirectAttributes redirect) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "repairOrder.error.form");
            return "redirect:/workshop/board";
        }
        BayId bay = form.bayId() == null ? null : new BayId(form.bayId());
        FlashOutcome.of(
                redirect,
                () -> workshop.moveToBay(RepairOrderId.asked(id), form.version(), line, bay),
                bay == null ? "workshop.board.outOfBay" : "workshop.board.inBay",
                bayName(bay));
        return "redirect:/workshop/board";
    }

    private String bayName(@Nullable BayId bay) {
        return bay == null
                ? "-"
                : bays.all().stream()
                        .filter(each -> each.id().equals(bay))
                        .map(Bay::name)
                        .findFirst()
                        .orElse("-");
    }

    private void fill(Model model) {
        ZoneId zone = dealers.current().zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        WorkshopBoard.Floor floor = board.floor(from, to);
        List<BoardJob> jobs = floor.jobs();
        List<BayDay> bayDays = board.bays(floor, from, to);
        List<StaffMember> technicians = staff.active(Role.TECHNICIAN, Role.FOREMAN);
        Map<Long, shinrai.vehicle.Vehicle> cars = vehicles.getAll(
                jobs.stream().map(job -> job.vehicle().value()).distinct().toList());
        model.addAttribute("view", DispatchBoardView.of(jobs, technicians, bayDays, today, zone, now));
        model.addAttribute("technicians", technicians);
        model.addAttribute(
                "technicianNames",
                technicians.stream().collect(Collectors.toMap(StaffMember::id, StaffMember::displayName)));
        model.addAttribute(
                "activeBays",
                bayDays.stream().map(BayDay::bay).filter(Bay::active).toList());
        model.addAttribute(
                "bayNames",
                bayDays.stream()
                        .collect(Collectors.toMap(
                                day -> day.bay().id().value(), day -> day.bay().name())));
        model.addAttribute("vehicles", cars);
        model.addAttribute("zone", zone);
        model.addAttribute("now", now);
        model.addAttribute("allShown", floor.complete());
        model.addAttribute("mostShown", WorkshopBoard.MOST_SHOWN);
    }
}

package shinrai.workshop.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FlashOutcome;
import shinrai.workshop.Bay;
import shinrai.workshop.Bays;
import shinrai.workshop.BoardJob;
import shinrai.workshop.PauseReason;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.TechnicianDay;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopBoard;

/**
 * The technician's phone page (我的工单): the jobs the foreman gave them, in the bay each is to be done in, with big
 * buttons to clock on, pause with a reason, and finish, and their day in figures (hours clocked, efficiency). A
 * supplement on the same car that the customer has not approved is listed with why it cannot be started.
 */
@Controller
@RequestMapping("/workshop/my-jobs")
@PreAuthorize("hasAuthority('REPAIR_WORK')")
class MyJobsController {

    private final WorkshopBoard board;
    private final Bays bays;
    private final Workshop workshop;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final Clock clock;

    MyJobsController(
            WorkshopBoard board,
            Bays bays,
            Workshop workshop,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            Clock clock) {
        this.board = board;
        this.bays = bays;
        this.workshop = workshop;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        StaffId me = me();
        ZoneId zone = dealers.current().zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        List<BoardJob> jobs = board.jobsOf(me, from, to);
        model.addAttribute("jobs", jobs);
        model.addAttribute("day", TechnicianDay.of(jobs, me, from, to, now));
        model.addAttribute(
                "vehicles",
                vehicles.getAll(jobs.stream()
                        .map(job -> job.vehicle().value())
                        .distinct()
                        .toList()));
        model.addAttribute(
                "bayNames",
                jobs.stream().anyMatch(job -> job.bay() != null)
                        ? bays.all().stream()
                                .collect(java.util.stream.Collectors.toMap(
                                        bay -> bay.id().value(), Bay::name))
                        : java.util.Map.of());
        model.addAttribute("pauseReasons", PauseReason.values());
        model.addAttribute("zone", zone);
        model.addAttribute("now", now);
        return "workshop/my-jobs";
    }

    @PostMapping("/orders/{id}/jobs/{line}/clock-on")
    String clockOn(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Version form,
            BindingResult bound,
            RedirectAttributes redirect) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "repairOrder.error.form");
        } else {
            FlashOutcome.of(
                    redirect,
                    () -> workshop.clockOn(RepairOrderId.asked(id), form.version(), line),
                    "workshop.myJobs.clockedOn");
        }
        return "redirect:/workshop/my-jobs";
    }

    /** Finishes the job, or pauses it when a reason is given. */
    @PostMapping("/orders/{id}/jobs/{line}/clock-off")
    String clockOff(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.ClockOff form,
            BindingResult bound,
            RedirectAttributes redirect) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "repairOrder.error.form");
        } else {
            FlashOutcome.of(
                    redirect,
                    () -> workshop.clockOff(RepairOrderId.asked(id), form.version(), line, form.pauseReason()),
                    form.pauseReason() == null ? "workshop.myJobs.finished" : "workshop.myJobs.paused");
        }
        return "redirect:/workshop/my-jobs";
    }

    private static StaffId me() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("signed-in staff only");
        }
        return new StaffId(user);
    }
}

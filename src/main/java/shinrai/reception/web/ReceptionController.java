package shinrai.reception.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.appointment.Appointment;
import shinrai.appointment.AppointmentLines;
import shinrai.appointment.AppointmentStatus;
import shinrai.appointment.Appointments;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.reception.DamageMark;
import shinrai.reception.Reception;
import shinrai.reception.ReceptionBriefing;
import shinrai.reception.Receptions;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/**
 * Reception at the desk or on a tablet by the car: the briefing comes first on the page, above the form, so the
 * advisor reads the history and the surname before greeting.
 */
@Controller
@RequestMapping("/reception")
@PreAuthorize("hasAuthority('RECEPTION_PERFORM')")
class ReceptionController {

    private final Receptions receptions;
    private final ReceptionBriefing briefing;
    private final Appointments appointments;
    private final AppointmentLines lines;
    private final DealerDirectory dealers;
    private final Staff staff;
    private final Clock clock;

    ReceptionController(
            Receptions receptions,
            ReceptionBriefing briefing,
            Appointments appointments,
            AppointmentLines lines,
            DealerDirectory dealers,
            Staff staff,
            Clock clock) {
        this.receptions = receptions;
        this.briefing = briefing;
        this.appointments = appointments;
        this.lines = lines;
        this.dealers = dealers;
        this.staff = staff;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("damageKinds", DamageMark.Kind.values());
        model.addAttribute("zone", dealers.current().zone());
    }

    /** Today's cars still to receive; walk-ins start from the customer's page. */
    @GetMapping
    String waiting(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(dealers.current().zone()));
        List<Appointment> waiting = appointments.onDay(today).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED || a.status() == AppointmentStatus.ARRIVED)
                .toList();
        model.addAttribute("waiting", lines.of(waiting));
        return "reception/waiting";
    }

    @GetMapping("/new")
    String form(@RequestParam long vehicle, @RequestParam(required = false) @Nullable Long appointment, Model model) {
        return show(vehicle, appointment, new ReceptionForm(), model);
    }

    @PostMapping("/new")
    String receive(
            @RequestParam long vehicle,
            @RequestParam(required = false) @Nullable Long appointment,
            @ModelAttribute ReceptionForm receptionForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Reception received = receptions.receive(receptionForm.toRequest(appointment, vehicle));
                redirect.addFlashAttribute("notice", "repairOrder.opened");
                redirect.addFlashAttribute("noticeArguments", new Object[] {received.repairOrderNumber()});
                return "redirect:/reception/" + received.id();
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return show(vehicle, appointment, receptionForm, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Reception reception = receptions.get(id);
        model.addAttribute("reception", reception);
        model.addAttribute(
                "advisor", staff.displayNames(List.of(reception.advisorId())).getOrDefault(reception.advisorId(), ""));
        return "reception/record";
    }

    private String show(long vehicle, @Nullable Long appointment, ReceptionForm form, Model model) {
        model.addAttribute("briefing", briefing.of(vehicle, appointment));
        model.addAttribute("receptionForm", form);
        model.addAttribute("appointmentId", appointment);
        return "reception/form";
    }
}

package shinrai.appointment.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import shinrai.appointment.Appointments;
import shinrai.appointment.Availability;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.CarAlreadyExpected;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FormErrors;

/**
 * The service desk's appointment pages: the day board with arrivals, no-shows and cancellations, and the booking
 * form whose slots are reloaded by htmx as the date and services change.
 */
@Controller
@RequestMapping("/appointments")
@PreAuthorize("hasAnyAuthority('APPOINTMENT_BOOK', 'RECEPTION_PERFORM')")
class AppointmentController {

    private final Appointments appointments;
    private final Availability availability;
    private final AppointmentLines lines;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final Clock clock;

    AppointmentController(
            Appointments appointments,
            Availability availability,
            AppointmentLines lines,
            CustomerBook customers,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            Clock clock) {
        this.appointments = appointments;
        this.availability = availability;
        this.lines = lines;
        this.customers = customers;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("serviceChoices", ServiceRequest.values());
        model.addAttribute("transports", Transport.values());
        model.addAttribute("channels", List.of(BookingChannel.PHONE, BookingChannel.WALK_IN));
    }

    @GetMapping
    String board(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            Model model) {
        LocalDate shown = day == null ? today() : day;
        model.addAttribute("day", shown);
        model.addAttribute("today", today());
        model.addAttribute("lines", lines.of(appointments.onDay(shown)));
        model.addAttribute("zone", dealers.current().zone());
        return "appointment/board";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    String bookingForm(@RequestParam long vehicle, Model model) {
        BookingForm form = new BookingForm();
        form.setDay(today().plusDays(1));
        return showForm(vehicle, form, model);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    String book(
            @RequestParam long vehicle,
            @Valid BookingForm bookingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vehicle car = vehicles.get(vehicle);
        if (!result.hasErrors()) {
            try {
                Appointment booked = appointments
                        .book(bookingForm.toRequest(Objects.requireNonNull(car.ownerId()), vehicle))
                        .appointment();
                redirect.addFlashAttribute("notice", "appointment.booked");
                redirect.addFlashAttribute(
                        "noticeArguments", new Object[] {booked.day() + " " + bookingForm.getTime()});
                return "redirect:/appointments?day=" + booked.day();
            } catch (CarAlreadyExpected expected) {
                // shown beside a box to tick: booking the car a second time is the advisor's deliberate choice
                FormErrors.reject(result, expected);
                model.addAttribute("anotherVisitAsked", true);
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return showForm(vehicle, bookingForm, model);
    }

    /** The slot picker, swapped in by htmx whenever the date, services or advisor change. */
    @GetMapping("/slots")
    String slots(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(defaultValue = "") Set<ServiceRequest> services,
            @RequestParam(required = false) @Nullable Long advisorId,
            @RequestParam(required = false) @Nullable String time,
            Model model) {
        model.addAttribute("availability", day == null ? null : availability.of(day, advisorId, services));
        model.addAttribute("chosenTime", time);
        return "appointment/slots :: slots";
    }

    @GetMapping("/{id}/reschedule")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    String rescheduleForm(@PathVariable long id, Model model) {
        Appointment appointment = appointments.get(id);
        BookingForm form = new BookingForm();
        form.setDay(appointment.day());
        form.setServices(new java.util.LinkedHashSet<>(appointment.services()));
        return showRescheduleForm(appointment, form, model);
    }

    @PostMapping("/{id}/reschedule")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    String reschedule(
            @PathVariable long id,
            @Valid BookingForm bookingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Appointment appointment = appointments.get(id);
        bookingForm.setServices(new java.util.LinkedHashSet<>(appointment.services()));
        if (!result.hasErrors()) {
            try {
                Appointment moved = appointments.reschedule(
                        id,
                        Objects.requireNonNull(bookingForm.getDay()),
                        bookingForm.getTime(),
                        bookingForm.getAdvisorId());
                redirect.addFlashAttribute("notice", "appointment.rescheduled");
                redirect.addFlashAttribute("noticeArguments", new Object[] {moved.day() + " " + bookingForm.getTime()});
                return "redirect:/appointments?day=" + moved.day();
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return showRescheduleForm(appointment, bookingForm, model);
    }

    @PostMapping("/{id}/arrival")
    String arrive(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> appointments.arrive(id), "appointment.arrived", id, redirect);
    }

    @PostMapping("/{id}/no-show")
    String noShow(@PathVariable long id, RedirectAttributes redirect) {
        return act(() -> appointments.noShow(id), "appointment.markedNoShow", id, redirect);
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasAuthority('APPOINTMENT_BOOK')")
    String cancel(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        return act(() -> appointments.cancel(id, reason), "appointment.cancelled", id, redirect);
    }

    /** Runs a change from the board; a refusal comes back to the board as a translated problem. */
    private String act(
            java.util.function.Supplier<Appointment> change, String notice, long id, RedirectAttributes redirect) {
        try {
            Appointment changed = change.get();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/appointments?day=" + changed.day();
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
            return "redirect:/appointments?day=" + appointments.get(id).day();
        }
    }

    private String showForm(long vehicleId, BookingForm form, Model model) {
        Vehicle car = vehicles.get(vehicleId);
        Customer customer = customers.get(Objects.requireNonNull(car.ownerId()));
        model.addAttribute("vehicle", car);
        model.addAttribute("customer", customer);
        model.addAttribute("bookingForm", form);
        model.addAttribute("advisors", availability.advisors());
        model.addAttribute(
                "availability",
                form.getDay() == null ? null : availability.of(form.getDay(), form.getAdvisorId(), form.getServices()));
        model.addAttribute(
                "chosenTime", form.getTime() == null ? null : form.getTime().toString());
        return "appointment/form";
    }

    private String showRescheduleForm(Appointment appointment, BookingForm form, Model model) {
        model.addAttribute("appointment", appointment);
        model.addAttribute("vehicle", vehicles.get(appointment.vehicleId()));
        model.addAttribute("customer", customers.get(appointment.customerId()));
        model.addAttribute("bookingForm", form);
        model.addAttribute("advisors", availability.advisors());
        model.addAttribute(
                "availability",
                form.getDay() == null ? null : availability.of(form.getDay(), form.getAdvisorId(), form.getServices()));
        model.addAttribute(
                "chosenTime", form.getTime() == null ? null : form.getTime().toString());
        return "appointment/reschedule";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(dealers.current().zone()));
    }
}

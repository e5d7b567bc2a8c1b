package shinrai.appointment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.appointment.Appointments;
import shinrai.appointment.Availability;
import shinrai.appointment.OnlineBooking;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.web.FormErrors;

/**
 * The customer's booking page, without sign-in: {@code /book/{dealer}}. Everything runs in that dealer's scope as
 * system work; the customer sees their own car and the free slots, never anyone else's data.
 */
@Controller
@RequestMapping("/book/{dealerId}")
class PublicBookingController {

    private final OnlineBooking booking;
    private final Availability availability;
    private final DealerDirectory dealers;
    private final IdentificationThrottle throttle;
    private final Clock clock;

    PublicBookingController(
            OnlineBooking booking,
            Availability availability,
            DealerDirectory dealers,
            IdentificationThrottle throttle,
            Clock clock) {
        this.booking = booking;
        this.availability = availability;
        this.dealers = dealers;
        this.throttle = throttle;
        this.clock = clock;
    }

    @ModelAttribute
    void dealerAndChoices(@PathVariable long dealerId, Model model) {
        model.addAttribute("dealer", DealerScope.systemFor(dealerId).call(dealers::current));
        model.addAttribute("serviceChoices", ServiceRequest.values());
        model.addAttribute("transports", Transport.values());
    }

    @GetMapping
    String start(Model model) {
        model.addAttribute("publicBookingForm", new PublicBookingForm());
        return "appointment/public";
    }

    /**
     * Step one: plate and mobile. A match opens step two; a mismatch says only that nothing was found, and counts
     * against the address (see {@link IdentificationThrottle}).
     */
    @PostMapping("/identification")
    String identify(
            @PathVariable long dealerId,
            PublicBookingForm publicBookingForm,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        Optional<IdentificationThrottle.Attempt> attempt = throttle.attempt(request.getRemoteAddr());
        if (attempt.isEmpty()) {
            result.reject("publicBooking.tooManyAttempts", new Object[] {phoneOf(model)}, null);
            return "appointment/public";
        }
        return DealerScope.systemFor(dealerId).call(() -> {
            try {
                Optional<OnlineBooking.Identified> car =
                        booking.identify(publicBookingForm.getPlate(), publicBookingForm.getMobile());
                if (car.isEmpty()) {
                    result.reject("publicBooking.notFound", new Object[] {phoneOf(model)}, null);
                    return "appointment/public";
                }
                attempt.get().identified();
                publicBookingForm.setDay(
                        LocalDate.now(clock.withZone(dealers.current().zone())).plusDays(1));
                return chooseTime(car.get(), publicBookingForm, model);
            } catch (BusinessRuleViolation invalid) {
                attempt.get().identified();
                FormErrors.reject(result, invalid);
                return "appointment/public";
            }
        });
    }

    /** Step two: the slot, services and the customer's description; identified again before booking. */
    @PostMapping
    String book(
            @PathVariable long dealerId,
            @Valid PublicBookingForm publicBookingForm,
            BindingResult result,
            Model model,
            HttpServletRequest request) {
        Optional<IdentificationThrottle.Attempt> attempt = throttle.attempt(request.getRemoteAddr());
        if (attempt.isEmpty()) {
            return "redirect:/book/" + dealerId;
        }
        return DealerScope.systemFor(dealerId).call(() -> {
            Optional<OnlineBooking.Identified> car =
                    booking.identify(publicBookingForm.getPlate(), publicBookingForm.getMobile());
            if (car.isEmpty()) {
                // posted without passing step one: counts as a failed identification too
                return "redirect:/book/" + dealerId;
            }
            attempt.get().identified();
            if (!result.hasErrors()) {
                try {
                    Appointments.Booked booked = booking.book(car.get(), publicBookingForm.asked());
                    model.addAttribute("booked", booked.appointment());
                    model.addAttribute("car", car.get());
                    model.addAttribute("zone", dealers.current().zone());
                    return "appointment/public-done";
                } catch (BusinessRuleViolation refused) {
                    FormErrors.reject(result, refused);
                }
            }
            return chooseTime(car.get(), publicBookingForm, model);
        });
    }

    /** The free slots for the customer's date and services, swapped in by htmx. */
    @GetMapping("/slots")
    String slots(
            @PathVariable long dealerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(defaultValue = "") Set<ServiceRequest> services,
            @RequestParam(required = false) @Nullable String time,
            Model model) {
        model.addAttribute(
                "availability",
                day == null ? null : DealerScope.systemFor(dealerId).call(() -> availability.of(day, null, services)));
        model.addAttribute("chosenTime", time);
        return "appointment/slots :: slots";
    }

    private static String phoneOf(Model model) {
        return ((Dealer) java.util.Objects.requireNonNull(model.getAttribute("dealer"))).phone();
    }

    private String chooseTime(OnlineBooking.Identified car, PublicBookingForm form, Model model) {
        model.addAttribute("car", car);
        model.addAttribute(
                "availability",
                form.getDay() == null ? null : availability.of(form.getDay(), null, form.getServices()));
        model.addAttribute(
                "chosenTime", form.getTime() == null ? null : form.getTime().toString());
        return "appointment/public-book";
    }
}

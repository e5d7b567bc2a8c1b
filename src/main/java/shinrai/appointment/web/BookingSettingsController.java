package shinrai.appointment.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
import shinrai.appointment.Availability;
import shinrai.appointment.BookingCalendar;
import shinrai.appointment.BookingRules;
import shinrai.appointment.WorkshopCapacity;
import shinrai.appointment.WorkshopSection;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.workshop.Bays;

/** The dealer's booking set-up: rules, workshop capacity, closed days and blocked time, on one page. */
@Controller
@RequestMapping("/appointments/settings")
@PreAuthorize("hasAuthority('BOOKING_SET_UP')")
class BookingSettingsController {

    private final BookingCalendar calendar;
    private final Availability availability;
    private final DealerDirectory dealers;
    private final Bays bays;
    private final Clock clock;

    BookingSettingsController(
            BookingCalendar calendar, Availability availability, DealerDirectory dealers, Bays bays, Clock clock) {
        this.calendar = calendar;
        this.availability = availability;
        this.dealers = dealers;
        this.bays = bays;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model) {
        ZoneId zone = dealers.current().zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        model.addAttribute("rules", calendar.rules());
        model.addAttribute(
                "workshop",
                calendar.workshop().values().stream()
                        .sorted(java.util.Comparator.comparing(WorkshopCapacity::section))
                        .toList());
        // the bays the workshop has named, per section, beside the places a slot takes: set up in two places,
        // read side by side so they stay consistent
        model.addAttribute(
                "namedBays",
                bays.active().stream()
                        .map(bay -> WorkshopSection.of(bay.kind()))
                        .filter(java.util.Objects::nonNull)
                        .collect(java.util.stream.Collectors.groupingBy(
                                section -> section, java.util.stream.Collectors.counting())));
        model.addAttribute("holidays", calendar.holidays(today, today.plusYears(1)));
        model.addAttribute(
                "blocked",
                calendar.blockedBetween(
                        today.atStartOfDay(zone).toInstant(),
                        today.plusYears(1).atStartOfDay(zone).toInstant()));
        model.addAttribute("advisors", availability.advisors());
        model.addAttribute("zone", zone);
        return "appointment/settings";
    }

    @PostMapping("/rules")
    String rules(
            @RequestParam int slotMinutes,
            @RequestParam int perAdvisorPerSlot,
            @RequestParam(required = false) @Nullable Integer maxPerSlot,
            @RequestParam int horizonDays,
            @RequestParam int lateAfterMinutes,
            @RequestParam int noShowAfterMinutes,
            @RequestParam @DateTimeFormat(pattern = "HH:mm") LocalTime reminderTime,
            RedirectAttributes redirect) {
        return change(
                () -> calendar.changeRules(new BookingRules(
                        slotMinutes,
                        perAdvisorPerSlot,
                        maxPerSlot,
                        horizonDays,
                        lateAfterMinutes,
                        noShowAfterMinutes,
                        reminderTime)),
                redirect);
    }

    @PostMapping("/workshop")
    String workshop(
            @RequestParam WorkshopSection section,
            @RequestParam int bays,
            @RequestParam BigDecimal technicianHours,
            RedirectAttributes redirect) {
        return change(() -> calendar.changeWorkshop(new WorkshopCapacity(section, bays, technicianHours)), redirect);
    }

    @PostMapping("/holidays")
    String addHoliday(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam String name,
            RedirectAttributes redirect) {
        return change(() -> calendar.addHoliday(new BookingCalendar.Holiday(day, name)), redirect);
    }

    @PostMapping("/holidays/{day}/removal")
    String removeHoliday(
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        return change(() -> calendar.removeHoliday(day), redirect);
    }

    @PostMapping("/blocked")
    String block(
            @RequestParam(required = false) @Nullable Long advisorId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        ZoneId zone = dealers.current().zone();
        return change(
                () -> calendar.block(
                        advisorId,
                        from.atZone(zone).toInstant(),
                        to.atZone(zone).toInstant(),
                        reason),
                redirect);
    }

    @PostMapping("/blocked/{id}/removal")
    String unblock(@PathVariable long id, RedirectAttributes redirect) {
        return change(() -> calendar.unblock(id), redirect);
    }

    private String change(Runnable change, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "settings.booking.saved");
        } catch (BusinessRuleViolation refused) {
            BusinessRuleViolation first = refused instanceof InvalidInput invalid
                    ? invalid.violations().get(0)
                    : refused;
            redirect.addFlashAttribute("problem", first.messageKey());
            redirect.addFlashAttribute("problemArguments", first.arguments());
        }
        return "redirect:/appointments/settings";
    }
}

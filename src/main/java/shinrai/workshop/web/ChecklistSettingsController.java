package shinrai.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.TextLimits;
import shinrai.web.FlashOutcome;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.Checklists;
import shinrai.workshop.WorkType;

/**
 * The service manager's page for the quality checklists: per type of work and level, items added in the dealer's own
 * words, reworded, moved and stopped. Kept by whoever sets up the workshop's bookings and labour catalogue
 * ({@code BOOKING_SET_UP}).
 */
@Controller
@RequestMapping("/workshop/checklists")
@PreAuthorize("hasAuthority('BOOKING_SET_UP')")
class ChecklistSettingsController {

    private final Checklists checklists;

    ChecklistSettingsController(Checklists checklists) {
        this.checklists = checklists;
    }

    @GetMapping
    String show(
            @RequestParam(defaultValue = "MAINTENANCE") WorkType workType,
            @RequestParam(defaultValue = "SELF") CheckLevel level,
            Model model) {
        model.addAttribute("workTypes", WorkType.values());
        model.addAttribute("levels", CheckLevel.values());
        model.addAttribute("workType", workType);
        model.addAttribute("level", level);
        model.addAttribute("entries", checklists.entries(workType, level));
        model.addAttribute("customised", checklists.customised(workType, level));
        return "workshop/checklists";
    }

    @PostMapping("/items")
    String add(@Valid @ModelAttribute Change form, BindingResult bound, RedirectAttributes redirect) {
        return change(form, bound, redirect, () -> checklists.add(form.workType(), form.level(), text(form)));
    }

    @PostMapping("/items/{key}/wording")
    String reword(
            @Valid @ModelAttribute Change form,
            BindingResult bound,
            @org.springframework.web.bind.annotation.PathVariable String key,
            RedirectAttributes redirect) {
        return change(form, bound, redirect, () -> checklists.reword(form.workType(), form.level(), key, text(form)));
    }

    @PostMapping("/items/{key}/position")
    String move(
            @Valid @ModelAttribute Change form,
            BindingResult bound,
            @org.springframework.web.bind.annotation.PathVariable String key,
            RedirectAttributes redirect) {
        return change(
                form,
                bound,
                redirect,
                () -> checklists.move(form.workType(), form.level(), key, "up".equals(form.direction()) ? -1 : 1));
    }

    @PostMapping("/items/{key}/active")
    String activate(
            @Valid @ModelAttribute Change form,
            BindingResult bound,
            @org.springframework.web.bind.annotation.PathVariable String key,
            RedirectAttributes redirect) {
        return change(
                form,
                bound,
                redirect,
                () -> checklists.activate(form.workType(), form.level(), key, Boolean.TRUE.equals(form.active())));
    }

    /** A change to one checklist; which fields count depends on the change. */
    record Change(
            @NotNull WorkType workType,
            @NotNull CheckLevel level,
            @Size(max = TextLimits.NAME) @Nullable String text,
            @Pattern(regexp = "up|down") @Nullable String direction,
            @Nullable Boolean active) {}

    private String change(Change form, BindingResult bound, RedirectAttributes redirect, Runnable change) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "workshop.checklists.error.form");
        } else {
            FlashOutcome.of(
                    redirect,
                    () -> {
                        change.run();
                        return null;
                    },
                    "workshop.checklists.saved");
        }
        if (form.workType() != null && form.level() != null) {
            redirect.addAttribute("workType", form.workType());
            redirect.addAttribute("level", form.level());
        }
        return "redirect:/workshop/checklists";
    }

    private static String text(Change form) {
        return form.text() == null ? "" : form.text();
    }
}

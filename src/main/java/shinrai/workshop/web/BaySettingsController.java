package shinrai.workshop.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;
import shinrai.web.FormErrors;
import shinrai.workshop.Bay;
import shinrai.workshop.BayId;
import shinrai.workshop.BayKind;
import shinrai.workshop.Bays;

/**
 * The service manager's page for the workshop's bays (工位): added with a name and what they are equipped for,
 * renamed, moved up and down the list (the dispatch board's order), taken out of service and back, and removed only
 * while nothing was ever done in them. Kept by whoever sets up the workshop's bookings and checklists
 * ({@code BOOKING_SET_UP}). A change refused on a bay's row comes back on that row, naming what was wrong.
 */
@Controller
@RequestMapping("/workshop/bays")
@PreAuthorize("hasAuthority('BOOKING_SET_UP')")
class BaySettingsController {

    private static final String PAGE = "workshop/bays";
    private static final String BACK = "redirect:/workshop/bays";

    private final Bays bays;
    private final MessageSource messages;

    BaySettingsController(Bays bays, MessageSource messages) {
        this.bays = bays;
        this.messages = messages;
    }

    /** A bay to add. */
    record NewBay(
            @Size(max = TextLimits.TOKEN) @Nullable String name,
            @NotNull BayKind kind) {}

    /** A bay's row as changed: its name and kind. */
    record Change(
            @Size(max = TextLimits.TOKEN) @Nullable String name,
            @NotNull BayKind kind) {}

    record Position(@NotNull @Pattern(regexp = "up|down") String direction) {}

    record Activation(@NotNull Boolean active) {}

    @GetMapping
    String show(Model model) {
        model.addAttribute("newBay", new NewBay("", BayKind.GENERAL_REPAIR));
        return page(model);
    }

    @PostMapping
    String add(
            @Valid @ModelAttribute("newBay") NewBay newBay,
            BindingResult bound,
            Model model,
            RedirectAttributes redirect) {
        if (!bound.hasErrors()) {
            try {
                Bay added = bays.add(text(newBay.name()), newBay.kind());
                redirect.addFlashAttribute("notice", "workshop.bays.added");
                redirect.addFlashAttribute("noticeArguments", new Object[] {added.name()});
                return BACK;
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(bound, refused);
            }
        }
        return page(model);
    }

    @PostMapping("/{id}")
    String change(
            @PathVariable long id,
            @Valid @ModelAttribute("change") Change change,
            BindingResult bound,
            Model model,
            RedirectAttributes redirect) {
        BayId bay = BayId.asked(id);
        String refusal = bound.hasErrors() ? refusal(bound) : null;
        if (refusal == null) {
            try {
                Bay current = bays.get(bay);
                bays.change(bay, text(change.name()), change.kind(), current.active());
                redirect.addFlashAttribute("notice", "workshop.bays.saved");
                return BACK;
            } catch (BusinessRuleViolation refused) {
                refusal = refusal(refused);
            }
        }
        model.addAttribute("newBay", new NewBay("", BayKind.GENERAL_REPAIR));
        model.addAttribute("failedBay", id);
        model.addAttribute("failedName", change.name());
        model.addAttribute("failedKind", change.kind());
        model.addAttribute("failure", refusal);
        return page(model);
    }

    @PostMapping("/{id}/position")
    String move(
            @PathVariable long id,
            @Valid @ModelAttribute Position form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(bound, redirect, () -> {
            Bay bay = bays.get(BayId.asked(id));
            bays.move(bay.id(), bay.position() + ("up".equals(form.direction()) ? -1 : 1));
            return "workshop.bays.saved";
        });
    }

    @PostMapping("/{id}/active")
    String activate(
            @PathVariable long id,
            @Valid @ModelAttribute Activation form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(bound, redirect, () -> {
            Bay bay = bays.get(BayId.asked(id));
            bays.change(bay.id(), bay.name(), bay.kind(), form.active());
            return "workshop.bays.saved";
        });
    }

    @PostMapping("/{id}/removal")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Bay bay = bays.get(BayId.asked(id));
            bays.remove(bay.id());
            redirect.addFlashAttribute("notice", "workshop.bays.removed");
            redirect.addFlashAttribute("noticeArguments", new Object[] {bay.name()});
        } catch (BusinessRuleViolation refused) {
            problem(redirect, refused);
        }
        return BACK;
    }

    private String page(Model model) {
        java.util.List<Bay> all = bays.all();
        model.addAttribute("bays", all);
        model.addAttribute("activeCount", all.stream().filter(Bay::active).count());
        model.addAttribute("kinds", BayKind.values());
        return PAGE;
    }

    private String step(BindingResult bound, RedirectAttributes redirect, java.util.function.Supplier<String> change) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "workshop.bays.error.form");
            return BACK;
        }
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (BusinessRuleViolation refused) {
            problem(redirect, refused);
        }
        return BACK;
    }

    private static void problem(RedirectAttributes redirect, BusinessRuleViolation refused) {
        BusinessRuleViolation shown = first(refused);
        redirect.addFlashAttribute("problem", shown.messageKey());
        redirect.addFlashAttribute("problemArguments", shown.arguments());
    }

    /** What was wrong with a bay's row, in the user's language: the first field refused. */
    private String refusal(BindingResult bound) {
        FieldError error = bound.getFieldError("name");
        return error == null
                ? messages.getMessage("workshop.bays.error.form", null, LocaleContextHolder.getLocale())
                : messages.getMessage(error, LocaleContextHolder.getLocale());
    }

    private String refusal(BusinessRuleViolation refused) {
        BusinessRuleViolation shown = first(refused);
        return messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {shown.messageKey()}, shown.arguments()),
                LocaleContextHolder.getLocale());
    }

    private static BusinessRuleViolation first(BusinessRuleViolation refused) {
        return refused instanceof InvalidInput invalid && !invalid.violations().isEmpty()
                ? invalid.violations().get(0)
                : refused;
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }
}

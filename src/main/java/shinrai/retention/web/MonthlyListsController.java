package shinrai.retention.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
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
import shinrai.customer.CustomerId;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.retention.ListKind;
import shinrai.retention.ListResult;
import shinrai.retention.MonthlyLists;
import shinrai.retention.MonthlyListsWorkbook;
import shinrai.retention.RetentionSettings;
import shinrai.web.FlashOutcome;

/**
 * The month's customers at risk, list by list: who owns each entry and what came of it, a month at a time, exported to
 * Excel; and after how many months without a visit the dealer counts a customer lost.
 */
@Controller
@RequestMapping("/retention")
@PreAuthorize("hasAuthority('CARE_CAMPAIGN_MANAGE')")
class MonthlyListsController {

    private final MonthlyLists lists;
    private final RetentionSettings settings;
    private final MonthlyListsWorkbook workbook;
    private final Staff staff;
    private final DealerDirectory dealers;

    MonthlyListsController(
            MonthlyLists lists,
            RetentionSettings settings,
            MonthlyListsWorkbook workbook,
            Staff staff,
            DealerDirectory dealers) {
        this.dealers = dealers;
        this.lists = lists;
        this.settings = settings;
        this.workbook = workbook;
        this.staff = staff;
    }

    @GetMapping("/lists")
    String lists(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Nullable YearMonth month,
            @RequestParam(defaultValue = "DISSATISFIED") ListKind kind,
            Model model) {
        YearMonth current = lists.currentMonth();
        YearMonth shown = month == null || month.isAfter(current) ? current : month;
        model.addAttribute("lists", lists.of(shown));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", ListKind.values());
        model.addAttribute("results", ListResult.values());
        model.addAttribute("month", shown);
        model.addAttribute("current", current);
        model.addAttribute("mostShown", MonthlyLists.MOST_SHOWN);
        model.addAttribute("zone", dealers.current().zone());
        java.util.Set<StaffId> owners = new java.util.LinkedHashSet<>();
        owners.addAll(staff.activeIds(Role.CUSTOMER_RELATIONS));
        owners.addAll(staff.activeIds(Role.SERVICE_MANAGER));
        owners.addAll(staff.activeIds(Role.SERVICE_ADVISOR));
        model.addAttribute(
                "owners", staff.displayNames(owners.stream().map(StaffId::value).toList()));
        return "retention/lists";
    }

    @PostMapping("/lists/{month}/entries")
    String handle(
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            @Valid @ModelAttribute EntryForm form,
            BindingResult bound,
            RedirectAttributes redirect) {
        String back = "redirect:/retention/lists?month=" + month + "&kind=" + (form.kind() == null ? "" : form.kind());
        if (bound.hasErrors()) {
            FlashOutcome.refused(redirect, bound, "retention.error.form", "retention.field.");
            return back;
        }
        FlashOutcome.of(
                redirect,
                () -> {
                    lists.handle(
                            month,
                            form.kind(),
                            new CustomerId(form.customer()),
                            form.subject(),
                            form.owner() == null ? null : new StaffId(form.owner()),
                            form.result(),
                            form.note() == null ? "" : form.note(),
                            form.version());
                    return null;
                },
                "retention.saved");
        return back;
    }

    @PostMapping("/settings")
    String settings(@RequestParam(defaultValue = "0") int lostAfterMonths, RedirectAttributes redirect) {
        FlashOutcome.of(
                redirect,
                () -> {
                    settings.changeLostAfterMonths(lostAfterMonths);
                    return null;
                },
                "retention.settings.saved",
                lostAfterMonths);
        return "redirect:/retention/lists?kind=LOST";
    }

    @GetMapping("/lists/{month}.xlsx")
    void export(
            @PathVariable @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        workbook.send(lists.of(month), locale, response);
    }
}

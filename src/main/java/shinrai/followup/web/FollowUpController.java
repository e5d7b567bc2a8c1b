package shinrai.followup.web;

import jakarta.validation.Valid;
import java.time.Clock;
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
import shinrai.audit.AuditLog;
import shinrai.customer.Disclosure;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.followup.CallOutcome;
import shinrai.followup.CallSheet;
import shinrai.followup.CallSheets;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUpCallId;
import shinrai.followup.FollowUps;
import shinrai.shared.DealerScope;
import shinrai.web.FlashOutcome;

/**
 * The customer-relations agent's screen: their queue of calls by the time each falls due (late ones marked), and a
 * call page per task with the repair order, the bill, the customer's own words and ratings, the number to call and
 * the dealer's script, where the agent records what came of the call.
 */
@Controller
@RequestMapping("/follow-ups")
@PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'FOLLOW_UP_MANAGE')")
class FollowUpController {

    private final FollowUps followUps;
    private final CallSheets sheets;
    private final CallLists lists;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final AuditLog auditLog;
    private final Clock clock;

    FollowUpController(
            FollowUps followUps,
            CallSheets sheets,
            CallLists lists,
            Staff staff,
            DealerDirectory dealers,
            AuditLog auditLog,
            Clock clock) {
        this.followUps = followUps;
        this.sheets = sheets;
        this.lists = lists;
        this.staff = staff;
        this.dealers = dealers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping
    String queue(Model model) {
        List<FollowUpCall> calls = followUps.queueOf(me());
        model.addAttribute("calls", calls);
        lists.addTo(model, calls);
        return "followup/queue";
    }

    @GetMapping("/{id}")
    String call(@PathVariable long id, Model model) {
        StaffId me = me();
        Disclosure disclosure = Disclosure.toCurrentUser();
        CallSheet sheet = sheets.of(
                FollowUpCallId.asked(id),
                disclosure,
                staff.displayNames(List.of(me.value())).getOrDefault(me.value(), ""));
        auditLog.recordRead(AuditLog.READ, "customer.customer", List.of(sheet.customerId()), disclosure.whole());
        model.addAttribute("sheet", sheet);
        model.addAttribute("call", sheet.call());
        model.addAttribute("bill", sheet.bill());
        model.addAttribute("outcomes", CallOutcome.values());
        model.addAttribute("zone", dealers.current().zone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("outsideHours", followUps.timesOutsideCallingHours());
        return "followup/call";
    }

    @PostMapping("/{id}/outcome")
    @PreAuthorize("hasAuthority('FOLLOW_UP_CALL')")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute OutcomeForm form,
            BindingResult bound,
            RedirectAttributes redirect) {
        FollowUpCallId call = FollowUpCallId.asked(id);
        if (bound.hasErrors()) {
            FlashOutcome.refused(redirect, bound, "followUp.error.form", "followUp.field.");
            redirect.addFlashAttribute("note", form.note());
            return "redirect:/follow-ups/" + id;
        }
        boolean done = FlashOutcome.of(
                redirect,
                () -> followUps.record(call, form.version(), form.outcome(), form.noteText()),
                "followUp.recorded",
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        form.outcome().messageKey()));
        if (!done) {
            redirect.addFlashAttribute("note", form.note());
            return "redirect:/follow-ups/" + id;
        }
        return "redirect:/follow-ups";
    }

    static StaffId me() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("signed-in staff only");
        }
        return new StaffId(user);
    }
}

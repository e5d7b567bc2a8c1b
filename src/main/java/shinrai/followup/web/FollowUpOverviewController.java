package shinrai.followup.web;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.followup.CallFilter;
import shinrai.followup.CallStatus;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUpCallId;
import shinrai.followup.FollowUps;
import shinrai.web.FlashOutcome;

/**
 * The manager's view of follow-up calls: each agent's load (open, overdue, closed and calls made today), the calls
 * past their latest day and those given to nobody, one agent's open calls, and reassigning a call.
 */
@Controller
@RequestMapping("/follow-ups")
@PreAuthorize("hasAuthority('FOLLOW_UP_MANAGE')")
class FollowUpOverviewController {

    private final FollowUps followUps;
    private final CallLists lists;
    private final Staff staff;

    FollowUpOverviewController(FollowUps followUps, CallLists lists, Staff staff) {
        this.followUps = followUps;
        this.lists = lists;
        this.staff = staff;
    }

    /** The overview; {@code agent} shows that agent's open calls, {@code unassigned} those given to nobody. */
    @GetMapping("/overview")
    String overview(
            @RequestParam(required = false) @Nullable Long agent,
            @RequestParam(defaultValue = "false") boolean unassigned,
            Model model) {
        StaffId shownAgent = agent == null || agent <= 0 ? null : new StaffId(agent);
        List<FollowUpCall> calls = shownAgent != null || unassigned
                ? followUps.search(new CallFilter(CallStatus.OPEN, shownAgent, unassigned, false))
                : followUps.search(new CallFilter(CallStatus.OPEN, null, false, true));
        model.addAttribute("loads", followUps.load());
        model.addAttribute("calls", calls);
        model.addAttribute("shownAgent", shownAgent);
        model.addAttribute("unassigned", unassigned && shownAgent == null);
        List<StaffId> agents = followUps.agents();
        Map<Long, String> names =
                staff.displayNames(agents.stream().map(StaffId::value).toList());
        model.addAttribute(
                "agents",
                agents.stream()
                        .collect(Collectors.toMap(
                                StaffId::value,
                                a -> names.getOrDefault(a.value(), "-"),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new)));
        model.addAttribute(
                "shownAgentName",
                shownAgent == null
                        ? ""
                        : staff.displayNames(List.of(shownAgent.value())).getOrDefault(shownAgent.value(), "-"));
        lists.addTo(model, calls);
        return "followup/overview";
    }

    @PostMapping("/{id}/assignee")
    String reassign(
            @PathVariable long id,
            @Valid @ModelAttribute AssigneeForm form,
            BindingResult bound,
            @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        FollowUpCallId call = FollowUpCallId.asked(id);
        if (bound.hasErrors()) {
            FlashOutcome.refused(redirect, bound, "followUp.error.form", "followUp.field.");
        } else {
            FlashOutcome.of(
                    redirect,
                    () -> followUps.reassign(
                            call, form.version(), form.agent() == null ? null : new StaffId(form.agent())),
                    "followUp.reassigned");
        }
        return "redirect:" + (back.matches("/follow-ups/overview(\\?[A-Za-z0-9=&]*)?") ? back : "/follow-ups/overview");
    }
}

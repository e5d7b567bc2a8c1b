package shinrai.followup.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.audit.AuditLog;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.Disclosure;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.followup.CallFilter;
import shinrai.followup.CallOutcome;
import shinrai.followup.CallSheet;
import shinrai.followup.CallSheets;
import shinrai.followup.CallStatus;
import shinrai.followup.CallTerms;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUpCallId;
import shinrai.followup.FollowUpSettings;
import shinrai.followup.FollowUps;
import shinrai.shared.DealerScope;
import shinrai.shared.TextLimits;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.Bill;

/** Follow-up calls: an agent's own, or the dealer's with filters; one call with what the agent needs; outcomes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-up calls", description = """
        Each delivered repair order gets one follow-up call (回访), due from the dealer's earliest day after delivery \
        and overdue after its latest, given to the customer-relations agents in turn. Customers who withdrew phone \
        consent are not called (status SMS_SURVEY_PENDING or NOT_CALLED, with the reason). Outcomes: REACHED, \
        NOT_REACHED (tried again later; UNREACHABLE after the dealer's number of tries), WRONG_NUMBER (the number is \
        flagged on the customer's record), REFUSED. A closed call takes no more outcomes (409).""")
@SecurityRequirement(name = "bearer")
class FollowUpApi {

    private final FollowUps followUps;
    private final CallSheets sheets;
    private final FollowUpSettings settings;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpApi(
            FollowUps followUps,
            CallSheets sheets,
            FollowUpSettings settings,
            CustomerBook customers,
            VehicleRegister vehicles,
            Staff staff,
            AuditLog auditLog,
            MessageSource messages,
            Clock clock) {
        this.followUps = followUps;
        this.sheets = sheets;
        this.settings = settings;
        this.customers = customers;
        this.vehicles = vehicles;
        this.staff = staff;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'FOLLOW_UP_MANAGE')")
    @Operation(
            summary = "Follow-up calls: the caller's own open calls by due time, or the dealer's with filters",
            description = """
                    mine=true (the default): the signed-in agent's open calls, the one to make first on top. \
                    mine=false: the dealer's calls, filtered by status, agent (a staff id), unassigned=true, \
                    overdue=true; open ones by due time, closed ones newest first. At most 200.""")
    List<FollowUpView> list(
            @RequestParam(defaultValue = "true") boolean mine,
            @RequestParam(required = false) @Nullable CallStatus status,
            @RequestParam(required = false) @Nullable @Positive Long agent,
            @RequestParam(defaultValue = "false") boolean unassigned,
            @RequestParam(defaultValue = "false") boolean overdue) {
        List<FollowUpCall> calls = mine
                ? followUps.queueOf(me())
                : followUps.search(
                        new CallFilter(status, agent == null ? null : new StaffId(agent), unassigned, overdue));
        return views(calls);
    }

    @GetMapping("/follow-ups/{id}")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'FOLLOW_UP_MANAGE')")
    @Operation(
            summary = "One call with what the agent needs: the number, the order as billed, the script",
            description = """
                    The customer's number is personal data: whole only with the contact permission, and every read \
                    is written to the audit log.""")
    CallSheetView one(@PathVariable long id) {
        StaffId me = me();
        Disclosure disclosure = Disclosure.toCurrentUser();
        CallSheet sheet = sheets.of(
                FollowUpCallId.asked(id),
                disclosure,
                staff.displayNames(List.of(me.value())).getOrDefault(me.value(), ""));
        auditLog.recordRead(AuditLog.READ, "customer.customer", List.of(sheet.customerId()), disclosure.whole());
        Bill bill = sheet.bill();
        List<String> work = new ArrayList<>();
        bill.labour().forEach(i -> work.add(i.description()));
        bill.parts().forEach(i -> work.add(i.description()));
        bill.charges().forEach(i -> work.add(i.description()));
        String script = sheet.script() != null
                ? sheet.script()
                : messages.getMessage(
                        "followUp.script.default", sheet.scriptArguments().toArray(), LocaleContextHolder.getLocale());
        return new CallSheetView(
                views(List.of(sheet.call())).get(0),
                sheet.phoneWhole()
                        ? FollowUps.numberToCall(customers.get(sheet.customerId()))
                                .orElse("")
                        : sheet.phone(),
                sheet.wrongNumber(),
                bill.header().customerWords(),
                bill.header().diagnosis(),
                work,
                bill.customerPays(),
                bill.header().advisor(),
                script,
                "/api/v1/repair-orders/" + sheet.call().repairOrder() + "/bill");
    }

    @PostMapping("/follow-ups/{id}/outcome")
    @PreAuthorize("hasAuthority('FOLLOW_UP_CALL')")
    @Operation(summary = "Record what came of a call, on the version of the call the agent saw")
    FollowUpView record(@PathVariable long id, @Valid @RequestBody OutcomeBody body) {
        FollowUpCall call = followUps.record(
                FollowUpCallId.asked(id), body.version(), body.outcome(), body.note() == null ? "" : body.note());
        return views(List.of(call)).get(0);
    }

    @PostMapping("/follow-ups/{id}/assignee")
    @PreAuthorize("hasAuthority('FOLLOW_UP_MANAGE')")
    @Operation(summary = "Give an open call to another customer-relations agent, or to nobody (agent null)")
    FollowUpView reassign(@PathVariable long id, @Valid @RequestBody AssigneeBody body) {
        FollowUpCall call = followUps.reassign(
                FollowUpCallId.asked(id), body.version(), body.agent() == null ? null : new StaffId(body.agent()));
        return views(List.of(call)).get(0);
    }

    @GetMapping("/follow-up-terms")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_CALL', 'FOLLOW_UP_MANAGE', 'DEALER_SETTINGS_MANAGE')")
    @Operation(summary = "The dealer's call terms, or the defaults while it has set none (script null: the default)")
    CallTerms terms() {
        return settings.terms();
    }

    @PutMapping("/follow-up-terms")
    @PreAuthorize("hasAnyAuthority('FOLLOW_UP_MANAGE', 'DEALER_SETTINGS_MANAGE')")
    @Operation(summary = "Change the call terms", description = """
                    earliestDay 0–30, latestDay 0–60 and not before earliestDay, maxAttempts 1–10, script up to 2000 \
                    characters ({customer}, {agent}, {dealer}, {car}, {date} are filled in; null or empty for the \
                    default script); each out of range is named.""")
    CallTerms changeTerms(@Valid @RequestBody TermsBody body) {
        return settings.change(new CallTerms(body.earliestDay(), body.latestDay(), body.maxAttempts(), body.script()));
    }

    private List<FollowUpView> views(List<FollowUpCall> calls) {
        Map<Long, Customer> byId =
                customers
                        .getAll(calls.stream()
                                .map(c -> c.customer().value())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Customer::id, c -> c, (a, b) -> a));
        Map<Long, String> names = staff.displayNames(calls.stream()
                .filter(c -> c.assignedTo() != null)
                .map(c -> c.assignedTo().value())
                .distinct()
                .toList());
        var cars = vehicles.getAll(
                calls.stream().map(c -> c.vehicle().value()).distinct().toList());
        Instant now = clock.instant();
        return calls.stream()
                .map(c -> FollowUpView.of(c, byId, cars, names, now))
                .toList();
    }

    private static StaffId me() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("signed-in staff only");
        }
        return new StaffId(user);
    }

    record OutcomeBody(
            @NotNull Integer version,
            @NotNull CallOutcome outcome,
            @Nullable @Size(max = TextLimits.NOTE) String note) {}

    record AssigneeBody(
            @NotNull Integer version, @Nullable @Positive Long agent) {}

    record TermsBody(
            @NotNull @Min(0) @Max(30) Integer earliestDay,
            @NotNull @Min(0) @Max(60) Integer latestDay,
            @NotNull @Min(1) @Max(10) Integer maxAttempts,
            @Nullable @Size(max = TextLimits.NOTE) String script) {}
}

package shinrai.complaint.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import shinrai.complaint.Complaint;
import shinrai.complaint.ComplaintCategory;
import shinrai.complaint.ComplaintDesk;
import shinrai.complaint.ComplaintFilter;
import shinrai.complaint.ComplaintId;
import shinrai.complaint.ComplaintSettings;
import shinrai.complaint.ComplaintSheets;
import shinrai.complaint.ComplaintSource;
import shinrai.complaint.ComplaintStatus;
import shinrai.complaint.ComplaintTerms;
import shinrai.complaint.ConfirmationMethod;
import shinrai.complaint.ContactChannel;
import shinrai.complaint.GoodwillKind;
import shinrai.complaint.NetworkComplaints;
import shinrai.complaint.NetworkHotline;
import shinrai.complaint.Severity;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;
import shinrai.shared.TextLimits;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/** Complaints: the lists, one complaint whole, and every step of its course; the dealer's complaint terms. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Complaints", description = """
        A complaint (投诉) keeps the customer's words as said (never changed; corrections go into the contact log), has \
        an owner and two deadlines by severity and the dealer's terms: the first response, then the resolution. \
        Course: OPEN → response → IN_PROGRESS → resolution (root cause and corrective action) → RESOLVED → the \
        customer's confirmation → CLOSED; a RESOLVED or CLOSED complaint can be reopened with a reason (a new round \
        with new deadlines). A complaint past a deadline is escalated to the service managers (level 1) and, still \
        unresolved a response time after its resolution deadline, to the general manager (level 2; the dealer admins \
        where the dealer has none), once per level and round; those told (and the owner, at level 1) find a notice \
        under /api/v1/notices, as does a new owner and, for a complaint the network raised, the service managers. Goodwill above the dealer's limit waits for a manager's approval; a complaint cannot be resolved or \
        closed while goodwill waits. Every step names the complaint's version; a stale one is refused (409) naming \
        who changed it and when. Complaints are never deleted. A survey answer or delivery rating at or under the \
        dealer's thresholds opens one complaint by itself (source FOLLOW_UP).""")
@SecurityRequirement(name = "bearer")
class ComplaintApi {

    private final ComplaintDesk desk;
    private final ComplaintSheets sheets;
    private final ComplaintSettings settings;
    private final NetworkHotline hotline;
    private final NetworkComplaints network;
    private final Clock clock;

    ComplaintApi(
            ComplaintDesk desk,
            ComplaintSheets sheets,
            ComplaintSettings settings,
            NetworkHotline hotline,
            NetworkComplaints network,
            Clock clock) {
        this.desk = desk;
        this.network = network;
        this.hotline = hotline;
        this.sheets = sheets;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/complaints")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE')")
    @Operation(summary = "Complaints: the caller's own, or the dealer's by view and filters", description = """
                    view: MINE (the default: unclosed complaints the caller owns), OPEN (not closed), OVERDUE \
                    (unresolved and past a deadline), ESCALATED (unresolved, escalated in their round), UNASSIGNED, \
                    ALL. Filters: status, severity, category, source, owner (a staff id), customer (a customer id). \
                    Unresolved ones first by resolution deadline, then the newest. At most 200.""")
    List<ComplaintView> list(
            @RequestParam(defaultValue = "MINE") ComplaintFilter.View view,
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable ComplaintCategory category,
            @RequestParam(required = false) @Nullable ComplaintSource source,
            @RequestParam(required = false) @Nullable @Positive Long owner,
            @RequestParam(required = false) @Nullable @Positive Long customer) {
        List<Complaint> found = desk.search(new ComplaintFilter(
                view,
                status,
                severity,
                category,
                source,
                owner == null ? null : new StaffId(owner),
                customer == null ? null : new CustomerId(customer)));
        Instant now = clock.instant();
        return sheets.of(found).stream().map(s -> ComplaintView.of(s, now)).toList();
    }

    @GetMapping("/complaints/{id}")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE')")
    @Operation(summary = "One complaint whole: its contact log, goodwill, escalations and history")
    ComplaintView one(@PathVariable long id) {
        return view(ComplaintId.asked(id));
    }

    @PostMapping("/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Open a complaint", description = """
                    customerWords: the customer's own words, 1–2000 characters, kept as said. vehicle and \
                    repairOrder are optional and must be the customer's (the order's car is taken when only the order \
                    is named). owner: a staff member who handles complaints, or null for the manager to assign.""")
    ComplaintView open(@Valid @RequestBody OpenBody body) {
        Complaint opened = desk.open(new ComplaintDesk.NewComplaint(
                body.source(),
                body.category(),
                body.severity(),
                body.customerWords(),
                new CustomerId(body.customer()),
                body.vehicle() == null ? null : new VehicleId(body.vehicle()),
                body.repairOrder() == null ? null : RepairOrderId.asked(body.repairOrder()),
                body.owner() == null ? null : new StaffId(body.owner())));
        return view(opened.id());
    }

    @PostMapping("/complaints/{id}/owner")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE')")
    @Operation(
            summary = "Give the complaint an owner",
            description = "A manager gives it to anyone who handles complaints; a handler takes an unassigned one.")
    ComplaintView assign(@PathVariable long id, @Valid @RequestBody AssignBody body) {
        return view(desk.assign(ComplaintId.asked(id), body.version(), new StaffId(body.owner()))
                .id());
    }

    @PostMapping("/complaints/{id}/classification")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE')")
    @Operation(summary = "Change category and severity before the resolution; a new severity moves the deadlines")
    ComplaintView classify(@PathVariable long id, @Valid @RequestBody ClassifyBody body) {
        return view(desk.classify(ComplaintId.asked(id), body.version(), body.category(), body.severity())
                .id());
    }

    @PostMapping("/complaints/{id}/contacts")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(
            summary = "Add to the contact log",
            description =
                    "Who spoke with the customer (the caller), when (contactedAt, default now), how, what was said.")
    ComplaintView logContact(@PathVariable long id, @Valid @RequestBody ContactBody body) {
        return view(
                desk.logContact(ComplaintId.asked(id), body.version(), body.channel(), body.said(), body.contactedAt())
                        .id());
    }

    @PostMapping("/complaints/{id}/response")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "The first response to the customer, now: logged as a contact, meets the response deadline")
    ComplaintView respond(@PathVariable long id, @Valid @RequestBody RespondBody body) {
        return view(desk.respond(ComplaintId.asked(id), body.version(), body.channel(), body.said())
                .id());
    }

    @PostMapping("/complaints/{id}/resolution")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Record root cause and corrective action: the complaint waits for the customer's confirmation")
    ComplaintView resolve(@PathVariable long id, @Valid @RequestBody ResolveBody body) {
        return view(desk.resolve(ComplaintId.asked(id), body.version(), body.rootCause(), body.correctiveAction())
                .id());
    }

    @PostMapping("/complaints/{id}/confirmation")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Record the customer's confirmation of closure: how, when (default now), a note")
    ComplaintView confirm(@PathVariable long id, @Valid @RequestBody ConfirmBody body) {
        return view(desk.confirmClosure(
                        ComplaintId.asked(id),
                        body.version(),
                        body.method(),
                        body.confirmedAt(),
                        body.note() == null ? "" : body.note())
                .id());
    }

    @PostMapping("/complaints/{id}/closing")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Close a resolved complaint the customer confirmed (409 without the confirmation)")
    ComplaintView close(@PathVariable long id, @Valid @RequestBody VersionBody body) {
        return view(desk.close(ComplaintId.asked(id), body.version()).id());
    }

    @PostMapping("/complaints/{id}/reopening")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Reopen a resolved or closed complaint, with the reason: a new round with new deadlines")
    ComplaintView reopen(@PathVariable long id, @Valid @RequestBody ReopenBody body) {
        return view(desk.reopen(ComplaintId.asked(id), body.version(), body.reason())
                .id());
    }

    @PostMapping("/complaints/{id}/goodwill")
    @PreAuthorize("hasAuthority('COMPLAINT_HANDLE')")
    @Operation(summary = "Give goodwill", description = """
                    amount in yuan, more than 0, at most two decimals. Within the dealer's limit (all the complaint's \
                    goodwill not refused counted together) it is APPROVED at once; above it AWAITING_APPROVAL, unless \
                    the caller manages complaints.""")
    ComplaintView giveGoodwill(@PathVariable long id, @Valid @RequestBody GoodwillBody body) {
        return view(desk.giveGoodwill(
                        ComplaintId.asked(id),
                        body.version(),
                        body.kind(),
                        Money.of(body.amount()),
                        body.description() == null ? "" : body.description())
                .id());
    }

    @PostMapping("/complaints/{id}/goodwill/{goodwill}/decision")
    @PreAuthorize("hasAuthority('COMPLAINT_MANAGE')")
    @Operation(summary = "A manager approves or refuses goodwill that waits for one")
    ComplaintView decideGoodwill(
            @PathVariable long id, @PathVariable int goodwill, @Valid @RequestBody DecisionBody body) {
        return view(desk.decideGoodwill(ComplaintId.asked(id), body.version(), goodwill, body.approve())
                .id());
    }

    @PostMapping("/network/complaints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('NETWORK_COMPLAINT_RAISE')")
    @Operation(summary = "The network's hotline raises a complaint to one of its dealers", description = """
                    For network users: dealer is one of the network's dealers (404 otherwise), repairOrder one of \
                    that dealer's repair orders (its customer and car are the complaint's). The complaint opens at \
                    the dealer with source NETWORK_HOTLINE, unassigned, with its deadlines from the dealer's terms; \
                    the network user's name is on its history. Answers where it lives.""")
    NetworkHotline.Raised raiseFromNetwork(@Valid @RequestBody NetworkBody body) {
        return hotline.raise(new NetworkHotline.NetworkComplaint(
                body.dealer(),
                RepairOrderId.asked(body.repairOrder()),
                body.category(),
                body.severity(),
                body.customerWords()));
    }

    @GetMapping("/network/complaints")
    @PreAuthorize("hasAuthority('NETWORK_COMPLAINT_RAISE')")
    @Operation(summary = "The complaints the network's hotline raised, with each dealer's progress", description = """
                    For network users: the complaints the caller's network raised to its dealers, the newest first                     (at most 200; dealer narrows to one dealer), each with where the dealer stands: status, the                     owner's name (absent while unassigned), the deadlines of the current round, the first response,                     the last contact with the customer (when and how), the escalation level, the root cause and                     corrective action once resolved, the customer's confirmation and closing. Nothing of a complaint                     the network did not raise, and nothing of another network's.""")
    List<NetworkComplaints.RaisedComplaint> networkComplaints(
            @RequestParam(required = false) @Nullable @Positive Long dealer) {
        return network.raised(dealer);
    }

    @GetMapping("/network/complaints/{id}")
    @PreAuthorize("hasAuthority('NETWORK_COMPLAINT_RAISE')")
    @Operation(summary = "One complaint the network raised, with the dealer's progress (404 for any other)")
    NetworkComplaints.RaisedComplaint networkComplaint(@PathVariable long id) {
        return network.get(id);
    }

    @GetMapping("/complaint-terms")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE', 'DEALER_SETTINGS_MANAGE')")
    @Operation(summary = "The dealer's complaint terms, or the defaults while it has set none")
    ComplaintTerms terms() {
        return settings.terms();
    }

    @PutMapping("/complaint-terms")
    @PreAuthorize("hasAnyAuthority('COMPLAINT_MANAGE', 'DEALER_SETTINGS_MANAGE')")
    @Operation(summary = "Change the complaint terms", description = """
                    Hours per severity: response 1–720, resolution 1–2160 and not shorter than the response. \
                    goodwillLimit in yuan, 0 or more. The dissatisfaction rule: satisfactionAtMost 1–10, \
                    ratingAtMost 1–5 (null switches either off), choices: up to 20 answer keys. Each out of range is \
                    named.""")
    ComplaintTerms changeTerms(@Valid @RequestBody TermsBody body) {
        return settings.change(new ComplaintTerms(
                body.criticalResponseHours(),
                body.criticalResolutionHours(),
                body.highResponseHours(),
                body.highResolutionHours(),
                body.mediumResponseHours(),
                body.mediumResolutionHours(),
                body.lowResponseHours(),
                body.lowResolutionHours(),
                body.goodwillLimit(),
                body.satisfactionAtMost(),
                body.choices() == null ? List.of() : body.choices(),
                body.ratingAtMost()));
    }

    private ComplaintView view(@Nullable ComplaintId id) {
        return ComplaintView.of(sheets.of(java.util.Objects.requireNonNull(id)), clock.instant());
    }

    record OpenBody(
            @NotNull ComplaintSource source,
            @NotNull ComplaintCategory category,
            @NotNull Severity severity,
            @NotNull @Size(max = TextLimits.NOTE) String customerWords,
            @NotNull @Positive Long customer,
            @Nullable @Positive Long vehicle,
            @Nullable @Positive Long repairOrder,
            @Nullable @Positive Long owner) {}

    record NetworkBody(
            @NotNull @Positive Long dealer,
            @NotNull @Positive Long repairOrder,
            @NotNull ComplaintCategory category,
            @NotNull Severity severity,
            @NotNull @Size(max = TextLimits.NOTE) String customerWords) {}

    record AssignBody(
            @NotNull Integer version, @NotNull @Positive Long owner) {}

    record ClassifyBody(
            @NotNull Integer version,
            @NotNull ComplaintCategory category,
            @NotNull Severity severity) {}

    record ContactBody(
            @NotNull Integer version,
            @NotNull ContactChannel channel,
            @NotNull @Size(max = TextLimits.NOTE) String said,
            @Nullable Instant contactedAt) {}

    record RespondBody(
            @NotNull Integer version,
            @NotNull ContactChannel channel,
            @NotNull @Size(max = TextLimits.NOTE) String said) {}

    record ResolveBody(
            @NotNull Integer version,
            @NotNull @Size(max = TextLimits.NOTE) String rootCause,
            @NotNull @Size(max = TextLimits.NOTE) String correctiveAction) {}

    record ConfirmBody(
            @NotNull Integer version,
            @NotNull ConfirmationMethod method,
            @Nullable Instant confirmedAt,
            @Nullable @Size(max = TextLimits.NOTE) String note) {}

    record VersionBody(@NotNull Integer version) {}

    record ReopenBody(
            @NotNull Integer version,
            @NotNull @Size(max = TextLimits.NOTE) String reason) {}

    record GoodwillBody(
            @NotNull Integer version,
            @NotNull GoodwillKind kind,

            @NotNull @DecimalMin("0.01") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Nullable @Size(max = TextLimits.NAME) String description) {}

    record DecisionBody(@NotNull Integer version, @NotNull Boolean approve) {}

    record TermsBody(
            @NotNull @Min(1) @Max(720) Integer criticalResponseHours,
            @NotNull @Min(1) @Max(2160) Integer criticalResolutionHours,
            @NotNull @Min(1) @Max(720) Integer highResponseHours,
            @NotNull @Min(1) @Max(2160) Integer highResolutionHours,
            @NotNull @Min(1) @Max(720) Integer mediumResponseHours,
            @NotNull @Min(1) @Max(2160) Integer mediumResolutionHours,
            @NotNull @Min(1) @Max(720) Integer lowResponseHours,
            @NotNull @Min(1) @Max(2160) Integer lowResolutionHours,

            @NotNull @DecimalMin("0") @DecimalMax("9999999999.99") @Digits(integer = 10, fraction = 2)
            BigDecimal goodwillLimit,

            @Nullable @Min(1) @Max(10) Integer satisfactionAtMost,
            @Nullable @Size(max = 20) List<@NotNull @Size(max = 40) String> choices,
            @Nullable @Min(1) @Max(5) Integer ratingAtMost) {}
}

package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import shinrai.customer.Disclosure;
import shinrai.dealer.StaffId;
import shinrai.parts.PartNumber;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.workshop.ApprovalGiven;
import shinrai.workshop.BayId;
import shinrai.workshop.Bill;
import shinrai.workshop.BillPdf;
import shinrai.workshop.Bills;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.CheckPhoto;
import shinrai.workshop.ConcernCategory;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.CustomerApprovals;
import shinrai.workshop.DiscountDraft;
import shinrai.workshop.DiscountScope;
import shinrai.workshop.Handover;
import shinrai.workshop.ItemResult;
import shinrai.workshop.LineKind;
import shinrai.workshop.PauseReason;
import shinrai.workshop.Payer;
import shinrai.workshop.PaymentMethod;
import shinrai.workshop.QualityChecks;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;

/**
 * Every step of the lane from diagnosis to settlement, so a tablet app or a carmaker's system can drive it. Each
 * step sends the {@code version} of the order it saw; a step on an order someone changed since is refused (409)
 * with who changed it and when. A step that does not follow from where the order stands is refused (409) with the
 * business reason.
 */
@RestController
@RequestMapping("/api/v1/repair-orders")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Repair orders", description = """
                States and the steps each allows: OPENED (diagnosis, lines, estimate) → ESTIMATED (approvals; a new \
                line or diagnosis reopens the estimate) → APPROVED (dispatch, clock-on, lines become supplements to \
                approve) → IN_REPAIR (dispatch, clock-on/off, supplements and their approvals, SELF check once every \
                approved job is done) → SELF_CHECKED (TEAM_LEADER check) → TEAM_CHECKED (FINAL check) → QC_PASSED \
                (clean-up, delivery) → DELIVERED (payments; settled when the customer's share is covered) → SETTLED. \
                A failed check at any level sends its jobs back: IN_REPAIR.""")
@SecurityRequirement(name = "bearer")
class RepairOrderApi {

    private final Workshop workshop;
    private final QualityChecks checks;
    private final CustomerApprovals approvals;
    private final MessageSource messages;
    private final Bills bills;
    private final BillPdf pdf;
    private final Clock clock;

    RepairOrderApi(
            Workshop workshop,
            QualityChecks checks,
            CustomerApprovals approvals,
            MessageSource messages,
            Bills bills,
            BillPdf pdf,
            Clock clock) {
        this.workshop = workshop;
        this.checks = checks;
        this.approvals = approvals;
        this.messages = messages;
        this.bills = bills;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "The order: its lines, the customer's approvals kept as evidence, discounts and totals",
            description = """
                    approvals: how each was given (SIGNATURE with the address of its PNG, PHONE_CALL with the number \
                    called, LINK with where the link was sent and the address and browser it was answered from), by \
                    whom, who recorded it (for a link, who sent it) and when, and the lines it approved and declined. \
                    The number called and the address are masked for callers who may not see contact details. Every \
                    step answers with the order in this form.""")
    RepairOrderView one(@PathVariable long id) {
        return view(workshop.get(RepairOrderId.asked(id)));
    }

    @GetMapping(value = "/{id}/approvals/{approval}/signature", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The signature the customer drew on the tablet for an approval (PNG)")
    ResponseEntity<byte[]> signature(@PathVariable long id, @PathVariable int approval) {
        byte[] png = approvals
                .signature(RepairOrderId.asked(id), approval)
                .orElseThrow(() -> new NotFound("approvalSignature", approval));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(png);
    }

    @PostMapping("/{id}/diagnosis")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(
            summary = "Write the advisor's diagnosis under the customer's words (OPENED, ESTIMATED)",
            description = """
                    concern: what the customer's concern is about. The same concern on an order of the car delivered \
                    within the dealer's comeback window makes this order a comeback of it (comebackOf).""")
    RepairOrderView diagnose(@PathVariable long id, @Valid @RequestBody DiagnosisBody body) {
        return view(workshop.diagnose(RepairOrderId.asked(id), body.version(), body.diagnosis(), body.concern()));
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(
            summary = "Add a line: LABOUR (operationCode), PART (partNumber, quantity), SUBLET or OTHER"
                    + " (description, price)",
            description = "Labour is priced at the catalogue's standard hours and the dealer's rate, a part at its"
                    + " retail price (a superseded number brings its successor). Added after approval, a line is a"
                    + " supplement the customer must approve before anyone clocks on it.")
    RepairOrderView addLine(@PathVariable long id, @Valid @RequestBody LineBody body) {
        RepairOrderId order = RepairOrderId.asked(id);
        String reason = body.reason() == null ? "" : body.reason();
        return view(
                switch (body.kind()) {
                    case LABOUR ->
                        workshop.addLabour(
                                order,
                                body.version(),
                                required("operationCode", body.operationCode()),
                                body.payer(),
                                reason);
                    case PART ->
                        workshop.addPart(
                                order,
                                body.version(),
                                PartNumber.of(required("partNumber", body.partNumber())),
                                body.quantity() == null ? BigDecimal.ONE : body.quantity(),
                                body.payer(),
                                reason);
                    case SUBLET, OTHER ->
                        workshop.addCharge(
                                order,
                                body.version(),
                                body.kind(),
                                required("description", body.description()),
                                Money.of(body.price() == null ? BigDecimal.ZERO : body.price()),
                                body.payer(),
                                reason);
                });
    }

    @PostMapping("/{id}/estimate")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(summary = "The estimate and promised time were explained to the customer (OPENED → ESTIMATED)")
    RepairOrderView estimate(@PathVariable long id, @Valid @RequestBody EstimateBody body) {
        return view(workshop.estimate(RepairOrderId.asked(id), body.version(), body.promisedAt()));
    }

    @PostMapping("/{id}/approvals")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(
            summary = "Record the customer's approval of the estimate or of the supplements",
            description = "SIGNATURE carries the tablet's PNG in base64; PHONE_CALL carries the number called."
                    + " declinedLines are kept on the order and offered again at the next visit.")
    RepairOrderView approve(@PathVariable long id, @Valid @RequestBody ApprovalBody body) {
        byte[] signature = body.signaturePng() == null ? null : decoded(body.signaturePng());
        return view(workshop.approve(
                RepairOrderId.asked(id),
                body.version(),
                new ApprovalGiven(body.method(), body.approvedByName(), body.phone(), signature),
                body.declinedLines() == null ? List.of() : body.declinedLines()));
    }

    @PostMapping("/{id}/jobs/{line}/dispatch")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
    @Operation(
            summary = "Give an approved job to a technician, in a bay if bayId names one",
            description = "bayId is an active bay of the dealer (GET /api/v1/workshop/bays); left out, the job keeps"
                    + " the bay it is in, if any.")
    RepairOrderView dispatch(@PathVariable long id, @PathVariable int line, @Valid @RequestBody DispatchBody body) {
        return view(workshop.dispatch(
                RepairOrderId.asked(id),
                body.version(),
                line,
                new StaffId(body.technicianId()),
                body.bayId() == null ? null : new BayId(body.bayId())));
    }

    @PostMapping("/{id}/jobs/{line}/bay")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
    @Operation(
            summary = "Put an approved job's car in a bay, or take it out of its bay (bayId null)",
            description = "Whoever has the job, or nobody yet; not while it runs or once it is done.")
    RepairOrderView moveToBay(@PathVariable long id, @PathVariable int line, @Valid @RequestBody BayBody body) {
        return view(workshop.moveToBay(
                RepairOrderId.asked(id), body.version(), line, body.bayId() == null ? null : new BayId(body.bayId())));
    }

    @PostMapping("/{id}/jobs/{line}/clock-on")
    @PreAuthorize("hasAuthority('REPAIR_WORK')")
    @Operation(summary = "The signed-in technician starts or resumes an approved job")
    RepairOrderView clockOn(@PathVariable long id, @PathVariable int line, @Valid @RequestBody VersionBody body) {
        return view(workshop.clockOn(RepairOrderId.asked(id), body.version(), line));
    }

    @PostMapping("/{id}/jobs/{line}/clock-off")
    @PreAuthorize("hasAuthority('REPAIR_WORK')")
    @Operation(summary = "The signed-in technician stops a job: finished, or paused with pauseReason")
    RepairOrderView clockOff(@PathVariable long id, @PathVariable int line, @Valid @RequestBody ClockOffBody body) {
        return view(workshop.clockOff(RepairOrderId.asked(id), body.version(), line, body.pauseReason()));
    }

    @GetMapping("/{id}/checklist")
    @Operation(
            summary = "The checklist of a level for the work on the order (the next level when none is asked)",
            description = "The items of each type of work the approved jobs are, in the dealer's order; a check"
                    + " answers each by its item.")
    List<ChecklistItemView> checklist(
            @PathVariable long id, @RequestParam(required = false) @Nullable CheckLevel level) {
        RepairOrder order = workshop.get(RepairOrderId.asked(id));
        CheckLevel asked = level != null ? level : order.nextCheck();
        if (asked == null) {
            return List.of();
        }
        return workshop.checklist(order, asked).stream()
                .map(item -> ChecklistItemView.of(item, messages))
                .toList();
    }

    @GetMapping("/{id}/checks")
    @Operation(summary = "The quality checks recorded on the order, item by item, with the addresses of their photos")
    List<RecordedCheckView> checks(@PathVariable long id) {
        RepairOrderId order = RepairOrderId.asked(id);
        return checks.of(order).stream()
                .map(check -> RecordedCheckView.of(id, check, messages))
                .toList();
    }

    @PostMapping("/{id}/checks")
    @Operation(
            summary = "Record a level of the quality check: SELF (technician), TEAM_LEADER (foreman), FINAL (QC)",
            description = "items answers each item of the checklist (GET .../checklist) as ok or not, with a note."
                    + " Passing needs every item ok. A failure names the jobs to rework (reworkLines; when none are"
                    + " named, the jobs of the work whose items are not ok) and the reason in notes; every level"
                    + " must then be passed again. Photos follow, one per POST .../checks/{number}/photos.")
    RepairOrderView check(@PathVariable long id, @Valid @RequestBody CheckBody body, Authentication user) {
        requireAuthority(
                user,
                switch (body.level()) {
                    case SELF -> "REPAIR_WORK";
                    case TEAM_LEADER -> "INSPECTION_TEAM_LEADER";
                    case FINAL -> "INSPECTION_FINAL";
                });
        String notes = body.notes() == null ? "" : body.notes();
        List<ItemResult> results = body.items() == null
                ? List.of()
                : body.items().stream()
                        .map(item -> new ItemResult(item.item(), item.ok(), item.note() == null ? "" : item.note()))
                        .toList();
        RepairOrderId order = RepairOrderId.asked(id);
        return view(
                body.passed()
                        ? workshop.passCheck(order, body.version(), body.level(), results, notes, List.of())
                        : workshop.failCheck(
                                order,
                                body.version(),
                                body.level(),
                                body.reworkLines() == null ? List.of() : body.reworkLines(),
                                results,
                                notes,
                                List.of()));
    }

    @PostMapping(path = "/{id}/checks/{check}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a photo (JPEG or PNG, at most 8 MB, six per check) to a check the caller recorded",
            description = "The file goes in the multipart part named photo.")
    PhotoAdded addPhoto(@PathVariable long id, @PathVariable int check, @RequestPart("photo") MultipartFile photo) {
        String name = photo.getOriginalFilename() == null ? "" : photo.getOriginalFilename();
        CheckPhoto read = CheckPhoto.read("photo", name, photo.getSize(), () -> {
            try {
                return photo.getBytes();
            } catch (java.io.IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
        });
        int number = checks.addPhoto(RepairOrderId.asked(id), check, read);
        return new PhotoAdded(check, number, RecordedCheckView.photoPath(id, check, number));
    }

    @GetMapping("/{id}/checks/{check}/photos/{photo}")
    @Operation(summary = "A photo taken at a check")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int check, @PathVariable int photo) {
        CheckPhoto found = checks.photo(RepairOrderId.asked(id), check, photo)
                .orElseThrow(() -> new NotFound("checkPhoto", photo));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(found.contentType()))
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(found.content());
    }

    @PostMapping("/{id}/clean-up")
    @PreAuthorize("hasAnyAuthority('REPAIR_ORDER_WRITE', 'REPAIR_WORK')")
    @Operation(summary = "Record the wash and interior clean-up (done, or declined by the customer)")
    RepairOrderView cleanUp(@PathVariable long id, @Valid @RequestBody CleanUpBody body) {
        return view(
                workshop.recordCleanUp(RepairOrderId.asked(id), body.version(), body.washed(), body.interiorCleaned()));
    }

    @PostMapping("/{id}/delivery")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(summary = "Hand the car back after the final check, with the bill explained (QC_PASSED → DELIVERED)")
    RepairOrderView deliver(@PathVariable long id, @Valid @RequestBody DeliveryBody body) {
        return view(workshop.deliver(
                RepairOrderId.asked(id),
                body.version(),
                new Handover(
                        body.billExplained(),
                        Boolean.TRUE.equals(body.oldPartsOffered()),
                        body.advisorRating(),
                        body.technicianRating())));
    }

    @PostMapping("/{id}/payments")
    @PreAuthorize("hasAuthority('SETTLEMENT')")
    @Operation(
            summary = "Take a payment (DELIVERED); the order is SETTLED when the customer's share is covered",
            description = "ON_ACCOUNT leaves the amount as a company's receivable. More than the balance is refused.")
    RepairOrderView pay(@PathVariable long id, @Valid @RequestBody PaymentBody body) {
        return view(workshop.takePayment(
                RepairOrderId.asked(id),
                body.version(),
                body.method(),
                Money.of(body.amount()),
                body.reference() == null ? "" : body.reference()));
    }

    @PostMapping("/{id}/settlement")
    @PreAuthorize("hasAuthority('SETTLEMENT')")
    @Operation(summary = "Settle an order the customer owes nothing on (warranty, insurance, internal)")
    RepairOrderView settle(@PathVariable long id, @Valid @RequestBody VersionBody body) {
        return view(workshop.settleWithoutPayment(RepairOrderId.asked(id), body.version()));
    }

    @PostMapping("/{id}/discounts")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    @Operation(
            summary = "Give a discount on the customer's share of approved work (APPROVED … QC_PASSED)",
            description = """
                    Either percent (of the customer-paid lines in scope, rounded once to the fen) or amount. Within                     the dealer's limit (a share of the customer's bill, all discounts together) it applies at once;                     above it, it is AWAITING_APPROVAL by a service manager and delivery is refused until decided.""")
    RepairOrderView discount(@PathVariable long id, @Valid @RequestBody DiscountBody body) {
        return view(workshop.grantDiscount(
                RepairOrderId.asked(id),
                body.version(),
                new DiscountDraft(
                        body.scope(),
                        body.percent(),
                        body.amount() == null ? null : Money.of(body.amount()),
                        body.reason())));
    }

    @PostMapping("/{id}/discounts/{discount}/decision")
    @PreAuthorize("hasAuthority('DISCOUNT_APPROVE')")
    @Operation(summary = "A service manager approves or refuses a discount AWAITING_APPROVAL")
    RepairOrderView decideDiscount(
            @PathVariable long id, @PathVariable int discount, @Valid @RequestBody DiscountDecisionBody body) {
        return view(workshop.decideDiscount(RepairOrderId.asked(id), body.version(), discount, body.approve()));
    }

    @GetMapping("/{id}/bill")
    @Operation(
            summary = "The itemized bill: parts, labour, charges, payer split, discounts, VAT, payments, declined "
                    + "work and the next maintenance due")
    Bill bill(@PathVariable long id) {
        return bills.of(RepairOrderId.asked(id));
    }

    @GetMapping(value = "/{id}/bill.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The bill as a PDF, in the language the request asks for (Accept-Language)")
    ResponseEntity<byte[]> billPdf(@PathVariable long id, Locale locale) {
        Bill bill = bills.of(RepairOrderId.asked(id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(bill.header().number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.print(bill, locale, clock.instant()));
    }

    private RepairOrderView view(RepairOrder order) {
        return RepairOrderView.of(order, approvals.of(order.id()), Disclosure.toCurrentUser());
    }

    private static void requireAuthority(Authentication user, String authority) {
        if (!AuthorityUtils.authorityListToSet(user.getAuthorities()).contains(authority)) {
            throw new AccessDeniedException(authority);
        }
    }

    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new MissingField(field);
        }
        return value;
    }

    private static byte[] decoded(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new MissingField("signaturePng");
        }
    }

    record VersionBody(@NotNull Integer version) {}

    record DiscountBody(
            @NotNull Integer version,
            @NotNull DiscountScope scope,

            @Nullable @Positive @Digits(integer = 3, fraction = 2)
            BigDecimal percent,

            @Nullable @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @NotNull @Size(max = TextLimits.NAME) String reason) {}

    record DiscountDecisionBody(
            @NotNull Integer version, @NotNull Boolean approve) {}

    record DiagnosisBody(
            @NotNull Integer version,
            @NotNull @Size(max = TextLimits.NOTE) String diagnosis,
            @Nullable ConcernCategory concern) {}

    record LineBody(
            @NotNull Integer version,
            @NotNull LineKind kind,
            @NotNull Payer payer,
            @Nullable @Size(max = TextLimits.TOKEN) String operationCode,
            @Nullable @Size(max = TextLimits.TOKEN) String partNumber,

            @Nullable @Positive @Digits(integer = 4, fraction = 2)
            BigDecimal quantity,

            @Nullable @Size(max = TextLimits.NAME) String description,
            @Nullable @Digits(integer = 10, fraction = 2) BigDecimal price,
            @Nullable @Size(max = TextLimits.NOTE) String reason) {}

    record EstimateBody(@NotNull Integer version, @NotNull Instant promisedAt) {}

    record ApprovalBody(
            @NotNull Integer version,
            @NotNull CustomerApproval.Method method,
            @NotNull @Size(max = TextLimits.NAME) String approvedByName,
            @Nullable @Size(max = TextLimits.TOKEN) String phone,
            @Nullable @Size(max = 350_000) String signaturePng,
            @Nullable @Size(max = 200) List<@NotNull Integer> declinedLines) {}

    record DispatchBody(
            @NotNull Integer version,
            @NotNull @Positive Long technicianId,
            @Positive @Nullable Long bayId) {}

    record BayBody(
            @NotNull Integer version, @Positive @Nullable Long bayId) {}

    record ClockOffBody(@NotNull Integer version, @Nullable PauseReason pauseReason) {}

    record CheckBody(
            @NotNull Integer version,
            @NotNull CheckLevel level,
            @NotNull Boolean passed,
            @Nullable @Size(max = TextLimits.NOTE) String notes,
            @Nullable @Size(max = 200) List<@NotNull Integer> reworkLines,
            @Nullable @Size(max = 200) List<@NotNull @Valid ItemBody> items) {}

    /** @param item the checklist item, as the checklist names it ({@code MAINTENANCE.oilLevel}) */
    record ItemBody(
            @NotNull @Size(max = TextLimits.LABEL) String item,
            @NotNull Boolean ok,
            @Nullable @Size(max = TextLimits.NAME) String note) {}

    record PhotoAdded(int check, int photo, String href) {}

    record CleanUpBody(
            @NotNull Integer version,
            @NotNull Boolean washed,
            @NotNull Boolean interiorCleaned) {}

    record DeliveryBody(
            @NotNull Integer version,
            @NotNull Boolean billExplained,
            @Nullable Boolean oldPartsOffered,
            @Nullable @Min(1) @Max(5) Integer advisorRating,
            @Nullable @Min(1) @Max(5) Integer technicianRating) {}

    record PaymentBody(
            @NotNull Integer version,
            @NotNull PaymentMethod method,

            @NotNull @Positive @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            @Nullable @Size(max = TextLimits.LABEL) String reference) {}
}

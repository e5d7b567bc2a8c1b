package shinrai.workshop.web;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.dealer.StaffMember;
import shinrai.parts.PartNumber;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FlashOutcome;
import shinrai.workshop.ApprovalGiven;
import shinrai.workshop.Bay;
import shinrai.workshop.BayId;
import shinrai.workshop.Bays;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.CheckPhoto;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.CustomerApprovals;
import shinrai.workshop.DiscountDraft;
import shinrai.workshop.DiscountScope;
import shinrai.workshop.Handover;
import shinrai.workshop.ItemResult;
import shinrai.workshop.LabourCatalogue;
import shinrai.workshop.LineKind;
import shinrai.workshop.PauseReason;
import shinrai.workshop.Payer;
import shinrai.workshop.PaymentMethod;
import shinrai.workshop.QualityChecks;
import shinrai.workshop.RecordedApproval;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkshopSettings;

/**
 * The repair order page: everything about the order on one page, and the step each person may take next in its
 * place (the advisor prices, estimates and records approval; the foreman dispatches; the technician clocks; the
 * checks; delivery; the cashier). Every step posts, then redirects back to the page; a refused step comes back with
 * the reason on top.
 */
@Controller
@RequestMapping("/repair-orders")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
class RepairOrderController {

    private static final String DATA_URL = "data:image/png;base64,";
    private static final int IN_WORKSHOP_SHOWN = 500;

    private final Workshop workshop;
    private final shinrai.workshop.RepairOrderHistory history;
    private final java.time.Clock clock;
    private final LabourCatalogue labour;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final WorkshopSettings settings;
    private final QualityChecks checks;
    private final CustomerApprovals approvals;
    private final Bays bays;

    RepairOrderController(
            Workshop workshop,
            shinrai.workshop.RepairOrderHistory history,
            java.time.Clock clock,
            LabourCatalogue labour,
            CustomerBook customers,
            VehicleRegister vehicles,
            Staff staff,
            DealerDirectory dealers,
            WorkshopSettings settings,
            QualityChecks checks,
            CustomerApprovals approvals,
            Bays bays) {
        this.workshop = workshop;
        this.history = history;
        this.clock = clock;
        this.labour = labour;
        this.customers = customers;
        this.vehicles = vehicles;
        this.staff = staff;
        this.dealers = dealers;
        this.settings = settings;
        this.checks = checks;
        this.approvals = approvals;
        this.bays = bays;
    }

    /**
     * Every car with the dealer now, the soonest promised first; a promise already missed, or that the jobs left will
     * miss, is flagged.
     */
    @GetMapping
    String inWorkshop(Model model) {
        List<shinrai.workshop.CarInWorkshop> cars = history.inWorkshop(IN_WORKSHOP_SHOWN);
        model.addAttribute("cars", cars);
        model.addAttribute("shown", IN_WORKSHOP_SHOWN);
        model.addAttribute(
                "vehicles",
                vehicles.getAll(
                        cars.stream().map(c -> c.order().vehicle().value()).toList()));
        model.addAttribute(
                "names",
                staff.displayNames(cars.stream()
                        .map(c -> c.order().advisor().value())
                        .distinct()
                        .toList()));
        model.addAttribute("now", java.time.Instant.now(clock));
        model.addAttribute("zone", dealers.current().zone());
        return "workshop/in-workshop";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        RepairOrder order = workshop.get(RepairOrderId.asked(id));
        ZoneId zone = dealers.current().zone();
        List<StaffMember> technicians = staff.active(Role.TECHNICIAN, Role.FOREMAN);
        List<Long> named = new ArrayList<>(List.of(order.advisor().value()));
        order.lines().stream()
                .filter(line -> line.technician() != null)
                .forEach(line -> named.add(line.technician().value()));
        order.lines().stream()
                .filter(line -> line.comeback() != null && line.comeback().technician() != null)
                .forEach(line -> named.add(line.comeback().technician().value()));
        order.discounts().forEach(discount -> {
            named.add(discount.grantedBy().value());
            if (discount.decidedBy() != null) {
                named.add(discount.decidedBy().value());
            }
        });
        if (order.comeback() != null && order.comeback().technician() != null) {
            named.add(order.comeback().technician().value());
        }
        List<shinrai.workshop.RecordedCheck> recorded = checks.of(order.id());
        recorded.forEach(check -> named.add(check.inspector().value()));
        List<RecordedApproval> given = approvals.of(order.id());
        given.forEach(approval -> named.add(approval.recordedBy().value()));
        Map<Long, String> names = staff.displayNames(named);
        model.addAttribute("checks", recorded);
        model.addAttribute("approvals", given);
        model.addAttribute(
                "checklist", order.nextCheck() == null ? List.of() : workshop.checklist(order, order.nextCheck()));
        model.addAttribute("mostPhotos", CheckPhoto.MOST_PER_CHECK);
        model.addAttribute("order", order);
        model.addAttribute("customer", customers.get(order.customer().value()));
        model.addAttribute("vehicle", vehicles.get(order.vehicle().value()));
        model.addAttribute("advisor", names.getOrDefault(order.advisor().value(), ""));
        model.addAttribute("names", names);
        model.addAttribute("technicians", technicians);
        List<Bay> allBays = bays.all();
        model.addAttribute("activeBays", allBays.stream().filter(Bay::active).toList());
        model.addAttribute(
                "bayNames",
                allBays.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                bay -> bay.id().value(), Bay::name)));
        model.addAttribute("me", DealerScope.current().userId());
        model.addAttribute("zone", zone);
        model.addAttribute("operations", labour.search("", 500));
        model.addAttribute("kinds", LineKind.values());
        model.addAttribute("payers", Payer.values());
        model.addAttribute("pauseReasons", PauseReason.values());
        model.addAttribute("paymentMethods", PaymentMethod.values());
        model.addAttribute("discountScopes", DiscountScope.values());
        model.addAttribute("concerns", shinrai.workshop.ConcernCategory.values());
        model.addAttribute(
                "discountLimit",
                settings.terms().discountLimitPercent().stripTrailingZeros().toPlainString());
        model.addAttribute(
                "hasProposed",
                order.lines().stream().anyMatch(line -> line.approval() == shinrai.workshop.LineApproval.PROPOSED));
        return "workshop/repair-order";
    }

    @PostMapping("/{id}/diagnosis")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String diagnose(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Diagnosis form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.diagnose(
                        RepairOrderId.asked(id),
                        form.version(),
                        form.diagnosis() == null ? "" : form.diagnosis(),
                        form.concern()));
    }

    @PostMapping("/{id}/lines")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String addLine(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Line form,
            BindingResult bound,
            RedirectAttributes redirect) {
        String reason = form.reason() == null ? "" : form.reason();
        String code = form.code() == null ? "" : form.code();
        return step(id, bound, redirect, () -> switch (form.kind()) {
            case LABOUR -> workshop.addLabour(RepairOrderId.asked(id), form.version(), code, form.payer(), reason);
            case PART ->
                workshop.addPart(
                        RepairOrderId.asked(id),
                        form.version(),
                        PartNumber.of(code),
                        form.quantity() == null ? BigDecimal.ONE : form.quantity(),
                        form.payer(),
                        reason);
            case SUBLET, OTHER ->
                workshop.addCharge(
                        RepairOrderId.asked(id),
                        form.version(),
                        form.kind(),
                        form.description() == null ? "" : form.description(),
                        money(form.price() == null ? BigDecimal.ZERO : form.price()),
                        form.payer(),
                        reason);
        });
    }

    @PostMapping("/{id}/estimate")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String estimate(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Estimate form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.estimate(
                        RepairOrderId.asked(id),
                        form.version(),
                        form.promisedAt().atZone(dealers.current().zone()).toInstant()));
    }

    @PostMapping("/{id}/approval")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String approve(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Approval form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.approve(
                        RepairOrderId.asked(id),
                        form.version(),
                        new ApprovalGiven(
                                form.method(),
                                form.approvedByName() == null ? "" : form.approvedByName(),
                                form.phone(),
                                form.method() == CustomerApproval.Method.SIGNATURE
                                        ? signature(form.signature())
                                        : null),
                        form.declined() == null ? List.of() : form.declined()));
    }

    @PostMapping("/{id}/jobs/{line}/dispatch")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
    String dispatch(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Dispatch form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.dispatch(
                        RepairOrderId.asked(id),
                        form.version(),
                        line,
                        new StaffId(form.technicianId()),
                        form.bayId() == null ? null : new BayId(form.bayId())));
    }

    /** Puts a job's car in another bay, or takes it out of its bay (no bay chosen). */
    @PostMapping("/{id}/jobs/{line}/bay")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_DISPATCH')")
    String moveToBay(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Bay form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.moveToBay(
                        RepairOrderId.asked(id),
                        form.version(),
                        line,
                        form.bayId() == null ? null : new BayId(form.bayId())));
    }

    @PostMapping("/{id}/jobs/{line}/clock-on")
    @PreAuthorize("hasAuthority('REPAIR_WORK')")
    String clockOn(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.Version form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(id, bound, redirect, () -> workshop.clockOn(RepairOrderId.asked(id), form.version(), line));
    }

    @PostMapping("/{id}/jobs/{line}/clock-off")
    @PreAuthorize("hasAuthority('REPAIR_WORK')")
    String clockOff(
            @PathVariable long id,
            @PathVariable int line,
            @Valid @ModelAttribute StepForms.ClockOff form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.clockOff(RepairOrderId.asked(id), form.version(), line, form.pauseReason()));
    }

    /**
     * A level of the quality check, from the checklist on the page: each item ticked in order or not (with a note),
     * the notes, and photos from the tablet's camera. Passing needs every item in order; the fail button sends the
     * jobs ticked for rework back, or, when none are ticked, the jobs of the work whose items were not in order.
     */
    @PostMapping("/{id}/checks")
    String check(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Check form,
            BindingResult bound,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
            RedirectAttributes redirect,
            org.springframework.security.core.Authentication user) {
        String needed = switch (form.level() == null ? CheckLevel.FINAL : form.level()) {
            case SELF -> "REPAIR_WORK";
            case TEAM_LEADER -> "INSPECTION_TEAM_LEADER";
            case FINAL -> "INSPECTION_FINAL";
        };
        if (user.getAuthorities().stream().noneMatch(a -> needed.equals(a.getAuthority()))) {
            throw new org.springframework.security.access.AccessDeniedException(needed);
        }
        String notes = form.notes() == null ? "" : form.notes();
        List<ItemResult> results = CheckUploads.results(fields);
        return step(id, bound, redirect, () -> {
            List<CheckPhoto> taken = CheckUploads.photos(photos);
            return Boolean.TRUE.equals(form.passed())
                    ? workshop.passCheck(RepairOrderId.asked(id), form.version(), form.level(), results, notes, taken)
                    : workshop.failCheck(
                            RepairOrderId.asked(id),
                            form.version(),
                            form.level(),
                            form.rework() == null ? List.of() : form.rework(),
                            results,
                            notes,
                            taken);
        });
    }

    /** A photo taken at a check, for the signed-in staff of the dealer (another dealer's is not found). */
    @GetMapping("/{id}/checks/{check}/photos/{photo}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable int check, @PathVariable int photo) {
        return CheckUploads.served(checks.photo(RepairOrderId.asked(id), check, photo)
                .orElseThrow(() -> new NotFound("checkPhoto", photo)));
    }

    /**
     * The signature the customer drew on the tablet for an approval: evidence for the dealer's signed-in staff who
     * may see the order, never cached (another dealer's, or an approval by phone, is not found).
     */
    @GetMapping("/{id}/approvals/{approval}/signature")
    ResponseEntity<byte[]> signature(@PathVariable long id, @PathVariable int approval) {
        byte[] png = approvals
                .signature(RepairOrderId.asked(id), approval)
                .orElseThrow(() -> new NotFound("approvalSignature", approval));
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.IMAGE_PNG)
                .cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate())
                .body(png);
    }

    @PostMapping("/{id}/clean-up")
    @PreAuthorize("hasAnyAuthority('REPAIR_ORDER_WRITE', 'REPAIR_WORK')")
    String cleanUp(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.CleanUp form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.recordCleanUp(
                        RepairOrderId.asked(id),
                        form.version(),
                        Boolean.TRUE.equals(form.washed()),
                        Boolean.TRUE.equals(form.interiorCleaned())));
    }

    @PostMapping("/{id}/delivery")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String deliver(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Delivery form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.deliver(
                        RepairOrderId.asked(id),
                        form.version(),
                        new Handover(
                                Boolean.TRUE.equals(form.billExplained()),
                                Boolean.TRUE.equals(form.oldPartsOffered()),
                                form.advisorRating(),
                                form.technicianRating())));
    }

    @PostMapping("/{id}/discounts")
    @PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
    String discount(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Discount form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.grantDiscount(
                        RepairOrderId.asked(id),
                        form.version(),
                        new DiscountDraft(
                                form.scope(),
                                form.percent(),
                                form.amount() == null ? null : money(form.amount()),
                                form.reason() == null ? "" : form.reason())));
    }

    @PostMapping("/{id}/discounts/{discount}/decision")
    @PreAuthorize("hasAuthority('DISCOUNT_APPROVE')")
    String decideDiscount(
            @PathVariable long id,
            @PathVariable int discount,
            @Valid @ModelAttribute StepForms.DiscountDecision form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.decideDiscount(RepairOrderId.asked(id), form.version(), discount, form.approve()));
    }

    @PostMapping("/{id}/payments")
    @PreAuthorize("hasAuthority('SETTLEMENT')")
    String pay(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Pay form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                () -> workshop.takePayment(
                        RepairOrderId.asked(id),
                        form.version(),
                        form.method(),
                        money(form.amount()),
                        form.reference() == null ? "" : form.reference()));
    }

    @PostMapping("/{id}/settlement")
    @PreAuthorize("hasAuthority('SETTLEMENT')")
    String settle(
            @PathVariable long id,
            @Valid @ModelAttribute StepForms.Version form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(id, bound, redirect, () -> workshop.settleWithoutPayment(RepairOrderId.asked(id), form.version()));
    }

    /**
     * Takes the step and goes back to the page: with a notice when it was saved, with the reason on top when it was
     * refused (or when the form itself could not be read).
     */
    private String step(long id, BindingResult bound, RedirectAttributes redirect, Supplier<RepairOrder> step) {
        if (bound.hasErrors()) {
            redirect.addFlashAttribute("problem", "repairOrder.error.form");
        } else {
            FlashOutcome.of(redirect, step, "repairOrder.saved");
        }
        return "redirect:/repair-orders/" + id;
    }

    private static Money money(BigDecimal amount) {
        try {
            return Money.of(amount);
        } catch (IllegalArgumentException notToTheFen) {
            throw new InvalidInput(List.of(new NotToTheFen()));
        }
    }

    private static byte @Nullable [] signature(@Nullable String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith(DATA_URL)) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(dataUrl.substring(DATA_URL.length()));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** An amount with fractions of a fen. */
    static final class NotToTheFen extends BusinessRuleViolation {
        NotToTheFen() {
            super("repairOrder.error.amount", "amount");
        }
    }
}

package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Permission;
import shinrai.dealer.PublicLink;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.parts.Part;
import shinrai.parts.PartNumber;
import shinrai.parts.PartsCatalogue;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/**
 * The workshop's use cases on a repair order, from opening to settlement. Each step names the version of the order
 * the user saw: if someone saved the order since, the step is refused with who changed it and when, instead of
 * being written over their change. The steps themselves are decided by {@link RepairOrder}.
 */
@Service
@Transactional
public class Workshop {

    private static final Set<Role> TECHNICIANS = Set.of(Role.TECHNICIAN, Role.FOREMAN);
    private static final BigDecimal MOST_PARTS = new BigDecimal("9999");
    private static final int MOST_SIGNATURE_BYTES = 256 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    private final RepairOrders orders;
    private final Comebacks comebacks;
    private final Checklists checklists;
    private final LabourCatalogue labour;
    private final PartsCatalogue parts;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final WorkshopSettings settings;
    private final CustomerBook customers;
    private final CustomerLinks sentLinks;
    private final Bays bays;
    private final Clock clock;

    Workshop(
            RepairOrders orders,
            Comebacks comebacks,
            Checklists checklists,
            LabourCatalogue labour,
            PartsCatalogue parts,
            Staff staff,
            DealerDirectory dealers,
            WorkshopSettings settings,
            CustomerBook customers,
            CustomerLinks sentLinks,
            Bays bays,
            Clock clock) {
        this.orders = orders;
        this.comebacks = comebacks;
        this.checklists = checklists;
        this.labour = labour;
        this.parts = parts;
        this.staff = staff;
        this.dealers = dealers;
        this.settings = settings;
        this.customers = customers;
        this.sentLinks = sentLinks;
        this.bays = bays;
        this.clock = clock;
    }

    /** Opens a repair order with the next number of the dealer's day. */
    public RepairOrder open(RepairOrderOpening opening) {
        Instant now = now();
        return orders.open(opening, now.atZone(dealers.current().zone()).toLocalDate(), now);
    }

    @Transactional(readOnly = true)
    public RepairOrder get(RepairOrderId id) {
        return orders.find(id).orElseThrow(() -> new NotFound("repairOrder", id));
    }

    public RepairOrder diagnose(RepairOrderId id, int version, String diagnosis) {
        TextLimits.check("diagnosis", diagnosis, TextLimits.NOTE);
        return step(id, version, order -> order.diagnose(diagnosis.strip()));
    }

    /**
     * The diagnosis with what the customer's concern is about; the same concern on an order of the car delivered
     * within the dealer's window makes this order a comeback of it.
     */
    public RepairOrder diagnose(RepairOrderId id, int version, String diagnosis, @Nullable ConcernCategory concern) {
        TextLimits.check("diagnosis", diagnosis, TextLimits.NOTE);
        Instant now = now();
        return step(
                id,
                version,
                order -> order.diagnose(
                        diagnosis.strip(),
                        concern,
                        concern == null
                                ? null
                                : comebacks.earlierConcern(order, concern, now).orElse(null)));
    }

    /** Adds a labour operation from the catalogue at its standard hours and the labour rate of the dealer's profile. */
    public RepairOrder addLabour(RepairOrderId id, int version, String operationCode, Payer payer, String reason) {
        checkReason(reason);
        LabourOperation operation = labour.offered(operationCode);
        LineDraft draft = new LineDraft(
                LineKind.LABOUR,
                operation.code(),
                operation.name(),
                reason.strip(),
                operation.standardHours(),
                RepairOrderLine.HOURS,
                Money.of(dealers.current().labourRate()),
                payer,
                operation.workType(),
                null);
        return step(
                id,
                version,
                order -> order.addLine(draft.comingBackFrom(
                        comebacks.earlierJob(order, operation.code(), now()).orElse(null))));
    }

    /** Adds a part at its retail price; a superseded number brings the part that replaced it. */
    public RepairOrder addPart(
            RepairOrderId id, int version, PartNumber number, BigDecimal quantity, Payer payer, String reason) {
        checkReason(reason);
        if (quantity.signum() <= 0
                || quantity.compareTo(MOST_PARTS) > 0
                || quantity.stripTrailingZeros().scale() > 2) {
            throw new InvalidWorkshopInput("quantity", "repairOrder.error.quantity");
        }
        Part part = parts.partToFit(number);
        LineDraft draft = new LineDraft(
                LineKind.PART,
                part.number().value(),
                part.name(),
                reason.strip(),
                quantity,
                part.unit(),
                part.retailPrice(),
                payer,
                null,
                null);
        return step(id, version, order -> order.addLine(draft));
    }

    /** Adds sublet work or another charge, at the price the advisor gives. */
    public RepairOrder addCharge(
            RepairOrderId id, int version, LineKind kind, String description, Money price, Payer payer, String reason) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (kind != LineKind.SUBLET && kind != LineKind.OTHER) {
            invalid.add(new InvalidWorkshopInput("kind", "repairOrder.error.chargeKind"));
        }
        if (description.isBlank()) {
            invalid.add(new InvalidWorkshopInput("description", "repairOrder.error.descriptionMissing"));
        }
        TextLimits.check(invalid, "description", description, TextLimits.NAME);
        TextLimits.check(invalid, "reason", reason, TextLimits.NOTE);
        if (price.isNegative()) {
            invalid.add(new InvalidWorkshopInput("price", "repairOrder.error.negativePrice"));
        }
        invalid.throwIfAny();
        LineDraft draft = new LineDraft(
                kind, null, description.strip(), reason.strip(), BigDecimal.ONE, "1", price, payer, null, null);
        return step(id, version, order -> order.addLine(draft));
    }

    /** The estimate and the promised time were explained; the customer is asked to approve. */
    public RepairOrder estimate(RepairOrderId id, int version, Instant promisedAt) {
        return step(id, version, order -> order.estimate(promisedAt.truncatedTo(ChronoUnit.MICROS), now()));
    }

    /** Records the customer's approval of the estimate, or of the supplements proposed during the repair. */
    public RepairOrder approve(RepairOrderId id, int version, ApprovalGiven given, Collection<Integer> declined) {
        check(given);
        ApprovalGiven evidence = given.method() == CustomerApproval.Method.PHONE_CALL
                ? new ApprovalGiven(given.method(), given.approvedByName().strip(), given.phone(), null)
                : new ApprovalGiven(given.method(), given.approvedByName().strip(), null, given.signaturePng());
        StaffId recordedBy = actor();
        return step(id, version, order -> order.approve(evidence, Set.copyOf(declined), recordedBy, now()));
    }

    /**
     * The customer's answer on the page of a supplement approval link: the lines the link offered, each approved or
     * declined. The link was checked by the caller; the evidence names the customer the link went to, where it was
     * sent (masked), and the address and browser the answer came from, recorded as taken by the sender.
     */
    public RepairOrder answerSupplementLink(
            PublicLink link, int version, Collection<Integer> declined, String clientIp, String userAgent) {
        if (link.purpose() != PublicLink.Purpose.SUPPLEMENT_APPROVAL || link.issuedBy() == null) {
            throw new NotFound("repairOrder", link.subject());
        }
        RepairOrderId id = new RepairOrderId(link.subject());
        RepairOrder order = get(id);
        ApprovalGiven evidence = new ApprovalGiven(
                CustomerApproval.Method.LINK,
                cut(customers.get(order.customer().value()).name(), TextLimits.NAME),
                sentLinks.sentTo(id, link).orElse(null),
                null,
                cut(clientIp, 64),
                cut(userAgent, 500));
        StaffId sentBy = new StaffId(link.issuedBy());
        return step(id, version, o -> o.answerLink(link.items(), Set.copyOf(declined), evidence, sentBy, now()));
    }

    /** The foreman gives a job to a technician of the dealer; the job keeps the bay it was put in, if any. */
    public RepairOrder dispatch(RepairOrderId id, int version, int line, StaffId technician) {
        return dispatch(id, version, line, technician, null);
    }

    /**
     * The foreman gives a job to a technician of the dealer, in one of the dealer's active bays; without a bay the
     * job keeps the one it was put in, if any.
     */
    public RepairOrder dispatch(RepairOrderId id, int version, int line, StaffId technician, @Nullable BayId bay) {
        // the dealer's active technicians and foremen are remembered: a dispatch reads no account
        if (TECHNICIANS.stream().noneMatch(role -> staff.activeIds(role).contains(technician))) {
            String name = staff.displayNames(List.of(technician.value()))
                    .getOrDefault(technician.value(), String.valueOf(technician.value()));
            throw new InvalidWorkshopInput("technicianId", "repairOrder.error.notATechnician", name);
        }
        if (bay != null) {
            bays.forJob(bay);
        }
        return step(id, version, order -> order.dispatch(line, technician, bay));
    }

    /**
     * The foreman puts a job's car in one of the dealer's active bays, whoever has the job, or takes it out of its
     * bay ({@code null}).
     */
    public RepairOrder moveToBay(RepairOrderId id, int version, int line, @Nullable BayId bay) {
        if (bay != null) {
            bays.forJob(bay);
        }
        return step(id, version, order -> order.moveToBay(line, bay));
    }

    /** The signed-in technician starts or resumes a job. */
    public RepairOrder clockOn(RepairOrderId id, int version, int line) {
        StaffId technician = actor();
        return step(id, version, order -> order.clockOn(line, technician, now()));
    }

    /** The signed-in technician stops a job: finished when no reason to pause is given. */
    public RepairOrder clockOff(RepairOrderId id, int version, int line, @Nullable PauseReason pause) {
        StaffId technician = actor();
        return step(id, version, order -> order.clockOff(line, technician, pause, now()));
    }

    /** The checklist of a level for the work on the order: the items of each type of work its approved jobs are. */
    @Transactional(readOnly = true)
    public List<ChecklistItem> checklist(RepairOrderId id, CheckLevel level) {
        return checklist(get(id), level);
    }

    /**
     * The checklist of a level for the work on an order already read (the page showing the order asks with it): the
     * dealer's checklists are remembered, so this reads nothing.
     */
    public List<ChecklistItem> checklist(RepairOrder order, CheckLevel level) {
        return checklists.of(order.workTypes(), level);
    }

    /**
     * The signed-in person passes a level of the quality check: every item of the checklist for the work on the order
     * ticked in order, with their notes and photos.
     */
    public RepairOrder passCheck(
            RepairOrderId id,
            int version,
            CheckLevel level,
            List<ItemResult> results,
            String notes,
            List<CheckPhoto> photos) {
        check(results, notes, "notes", photos);
        StaffId inspector = actor();
        return step(
                id,
                version,
                order -> order.passCheck(level, inspector, sheet(order, level, results, notes, photos), now()));
    }

    /**
     * The signed-in person fails a level of the quality check: the jobs named (or, when none are, those of the work
     * whose items were found not in order) go back as rework, with the reason.
     */
    public RepairOrder failCheck(
            RepairOrderId id,
            int version,
            CheckLevel level,
            Collection<Integer> jobs,
            List<ItemResult> results,
            String reason,
            List<CheckPhoto> photos) {
        check(results, reason, "reason", photos);
        StaffId inspector = actor();
        return step(
                id,
                version,
                order -> order.failCheck(
                        level, List.copyOf(jobs), inspector, sheet(order, level, results, reason, photos), now()));
    }

    private CheckSheet sheet(
            RepairOrder order, CheckLevel level, List<ItemResult> results, String notes, List<CheckPhoto> photos) {
        List<ItemResult> stripped = results.stream()
                .map(result ->
                        new ItemResult(result.ref(), result.ok(), result.note().strip()))
                .toList();
        return new CheckSheet(checklists.of(order.workTypes(), level), stripped, notes.strip(), photos);
    }

    private static void check(List<ItemResult> results, String notes, String notesField, List<CheckPhoto> photos) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        TextLimits.check(invalid, notesField, notes, TextLimits.NOTE);
        for (int i = 0; i < results.size(); i++) {
            TextLimits.check(invalid, "items[" + i + "].note", results.get(i).note(), TextLimits.NAME);
        }
        if (photos.size() > CheckPhoto.MOST_PER_CHECK) {
            invalid.add(
                    new InvalidWorkshopInput("photos", "repairOrder.error.tooManyPhotos", CheckPhoto.MOST_PER_CHECK));
        }
        invalid.throwIfAny();
    }

    public RepairOrder recordCleanUp(RepairOrderId id, int version, boolean washed, boolean interiorCleaned) {
        return step(id, version, order -> order.recordCleanUp(washed, interiorCleaned));
    }

    /**
     * Gives a discount on the customer's share. Above the dealer's limit it waits for a manager, unless the one who
     * gives it may approve discounts.
     */
    public RepairOrder grantDiscount(RepairOrderId id, int version, DiscountDraft draft) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (draft.reason().isBlank()) {
            invalid.add(new InvalidWorkshopInput("reason", "repairOrder.error.discountReasonMissing"));
        }
        TextLimits.check(invalid, "reason", draft.reason(), TextLimits.NAME);
        BigDecimal percent = draft.percent();
        if (percent != null && percent.stripTrailingZeros().scale() > 2) {
            invalid.add(new InvalidWorkshopInput("percent", "repairOrder.error.discountPercent"));
        }
        invalid.throwIfAny();
        DiscountDraft stripped = new DiscountDraft(
                draft.scope(), percent, draft.amount(), draft.reason().strip());
        StaffId advisor = actor();
        boolean mayApprove = mayApproveDiscounts(advisor);
        BigDecimal limit = settings.terms().discountLimitPercent();
        return step(id, version, order -> order.grantDiscount(stripped, limit, advisor, mayApprove, now()));
    }

    /** A manager approves or refuses a discount that waits for one. */
    public RepairOrder decideDiscount(RepairOrderId id, int version, int discount, boolean approve) {
        StaffId manager = actor();
        if (!mayApproveDiscounts(manager)) {
            throw new StepRefused("repairOrder.refused.mayNotApproveDiscounts");
        }
        return step(id, version, order -> order.decideDiscount(discount, approve, manager, now()));
    }

    private boolean mayApproveDiscounts(StaffId member) {
        return staff.get(member.value()).roles().stream()
                .anyMatch(role -> role.permissions().contains(Permission.DISCOUNT_APPROVE));
    }

    public RepairOrder deliver(RepairOrderId id, int version, Handover handover) {
        return step(id, version, order -> order.deliver(handover, now()));
    }

    /** The cashier takes a payment; the order is settled when the customer's share is covered. */
    public RepairOrder takePayment(
            RepairOrderId id, int version, PaymentMethod method, Money amount, String reference) {
        TextLimits.check("reference", reference, TextLimits.LABEL);
        StaffId cashier = actor();
        return step(id, version, order -> order.takePayment(method, amount, reference.strip(), cashier, now()));
    }

    /** Settles an order the customer owes nothing on: warranty, insurance or internal work only. */
    public RepairOrder settleWithoutPayment(RepairOrderId id, int version) {
        return step(id, version, order -> order.settleWithoutPayment(now()));
    }

    private RepairOrder step(RepairOrderId id, int version, Consumer<RepairOrder> step) {
        RepairOrder order = orders.findToChange(id, version).orElseThrow(() -> new NotFound("repairOrder", id));
        if (order.version() != version) {
            throw changedMeanwhile(order.changedBy(), order.changedAt());
        }
        step.accept(order);
        try {
            orders.save(order, DealerScope.current().userId() == null ? null : actor(), now());
        } catch (RepairOrders.StaleRepairOrder stale) {
            throw changedMeanwhile(stale.by, stale.at);
        }
        return order;
    }

    private RepairOrderChangedMeanwhile changedMeanwhile(@Nullable StaffId by, @Nullable Instant at) {
        ZoneId zone = dealers.current().zone();
        String name = by == null ? "-" : staff.displayNames(List.of(by.value())).getOrDefault(by.value(), "-");
        if (at == null) {
            return new RepairOrderChangedMeanwhile(name, "-");
        }
        ZonedDateTime when = at.atZone(zone);
        boolean today = when.toLocalDate().equals(now().atZone(zone).toLocalDate());
        return new RepairOrderChangedMeanwhile(
                name, when.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm")));
    }

    /**
     * Now, to the microsecond, as PostgreSQL keeps time: what an order holds in memory after a step is then exactly
     * what was stored (a remembered order must equal the order read back).
     */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static StaffId actor() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new StepRefused("repairOrder.refused.signInRequired");
        }
        return new StaffId(user);
    }

    /** Text the customer's browser sent, kept as evidence as far as it fits (never refused: it is not the customer's). */
    private static String cut(String text, int most) {
        if (text.length() <= most) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(most - 1)) ? most - 1 : most;
        return text.substring(0, end);
    }

    private static void checkReason(String reason) {
        TextLimits.check("reason", reason, TextLimits.NOTE);
    }

    private static void check(ApprovalGiven given) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (given.approvedByName().isBlank()) {
            invalid.add(new InvalidWorkshopInput("approvedByName", "repairOrder.error.approverMissing"));
        }
        TextLimits.check(invalid, "approvedByName", given.approvedByName(), TextLimits.NAME);
        switch (given.method()) {
            case SIGNATURE -> {
                byte[] png = given.signaturePng();
                if (png == null
                        || png.length < PNG.length
                        || !java.util.Arrays.equals(png, 0, PNG.length, PNG, 0, PNG.length)) {
                    invalid.add(new InvalidWorkshopInput("signature", "repairOrder.error.signatureMissing"));
                } else if (png.length > MOST_SIGNATURE_BYTES) {
                    invalid.add(new InvalidWorkshopInput("signature", "repairOrder.error.signatureTooLarge"));
                }
            }
            case LINK ->
                // only the customer answers a link, on its page (answerSupplementLink)
                invalid.add(new InvalidWorkshopInput("method", "repairOrder.error.linkAnswersOnlyByTheCustomer"));
            case PHONE_CALL -> {
                if (given.phone() == null || given.phone().isBlank()) {
                    invalid.add(new InvalidWorkshopInput("phone", "repairOrder.error.phoneMissing"));
                }
                TextLimits.check(invalid, "phone", given.phone(), TextLimits.TOKEN);
            }
        }
        invalid.throwIfAny();
    }
}

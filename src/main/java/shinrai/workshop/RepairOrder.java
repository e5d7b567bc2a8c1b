package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;

/**
 * A repair order (委托书): the customer's commission to work on their car, from reception to settlement. It guards
 * its own state: every step checks that it follows from where the order stands and refuses with the business
 * reason ({@link StepRefused}) if not, and registers the events other modules listen to. Nothing else changes a
 * repair order; {@link RepairOrders} loads and saves it.
 */
public final class RepairOrder {

    private static final Set<RepairOrderStatus> WORKSHOP =
            EnumSet.of(RepairOrderStatus.APPROVED, RepairOrderStatus.IN_REPAIR);
    private static final int LOWEST_RATING = 1;
    private static final int HIGHEST_RATING = 5;
    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

    private final long dealerId;
    private final RepairOrderId id;
    private final String number;
    private final CustomerId customer;
    private final VehicleId vehicle;
    private final StaffId advisor;
    private final @Nullable Long appointmentId;
    private final String customerWords;
    private final @Nullable Integer kilometres;
    private final Instant openedAt;
    private int version;
    private @Nullable StaffId changedBy;
    private @Nullable Instant changedAt;
    private final List<RepairOrderLine> lines;
    private RepairOrderStatus status;
    private String diagnosis;
    private @Nullable ConcernCategory concern;
    private @Nullable Comeback comeback;
    private @Nullable Instant promisedAt;
    private @Nullable Boolean washed;
    private @Nullable Boolean interiorCleaned;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant settledAt;
    private int approvals;
    private int checks;
    private final List<Payment> payments;
    private final List<Discount> discounts;
    private final List<Discount> changedDiscounts = new ArrayList<>();
    private final List<CustomerApproval> newApprovals = new ArrayList<>();
    private final List<QualityCheck> newChecks = new ArrayList<>();
    private final List<TimeEntry> newTimeEntries = new ArrayList<>();
    private final List<Payment> newPayments = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    RepairOrder(Stored stored, List<RepairOrderLine> lines, List<Payment> payments) {
        this(stored, lines, payments, List.of());
    }

    RepairOrder(Stored stored, List<RepairOrderLine> lines, List<Payment> payments, List<Discount> discounts) {
        this.dealerId = stored.dealerId();
        this.id = stored.id();
        this.number = stored.number();
        this.customer = stored.customer();
        this.vehicle = stored.vehicle();
        this.advisor = stored.advisor();
        this.appointmentId = stored.appointmentId();
        this.customerWords = stored.customerWords();
        this.kilometres = stored.kilometres();
        this.openedAt = stored.openedAt();
        this.version = stored.version();
        this.changedBy = stored.changedBy();
        this.changedAt = stored.changedAt();
        this.status = stored.status();
        this.diagnosis = stored.diagnosis();
        this.concern = stored.concern();
        this.comeback = stored.comeback();
        this.promisedAt = stored.promisedAt();
        this.washed = stored.washed();
        this.interiorCleaned = stored.interiorCleaned();
        this.deliveredAt = stored.deliveredAt();
        this.settledAt = stored.settledAt();
        this.approvals = stored.approvals();
        this.checks = stored.checks();
        this.lines = new ArrayList<>(lines);
        this.payments = new ArrayList<>(payments);
        this.discounts = new ArrayList<>(discounts);
    }

    // ---- the advisor: diagnosis, lines, estimate, approval ----

    /** The advisor's diagnosis, written under the customer's own words. */
    void diagnose(String diagnosis) {
        diagnose(diagnosis, concern, comeback);
    }

    /**
     * The advisor's diagnosis and what the concern is about. {@code earlier} is the order delivered within the
     * dealer's window that had the same concern on this car, if there is one: this order is then a comeback of it,
     * announced once; a concern changed to one not seen before clears the mark.
     */
    void diagnose(String diagnosis, @Nullable ConcernCategory concern, @Nullable Comeback earlier) {
        requireStatus("repairOrder.refused.diagnosisClosed", RepairOrderStatus.OPENED, RepairOrderStatus.ESTIMATED);
        this.diagnosis = diagnosis;
        this.concern = concern;
        boolean newlyFound = earlier != null
                && (comeback == null || !comeback.originalOrder().equals(earlier.originalOrder()));
        this.comeback = earlier;
        if (newlyFound) {
            events.add(new ComebackFound(dealerId, id, null, vehicle, earlier, openedAt));
        }
        reopenEstimate();
    }

    /**
     * Adds a line. Before the customer approved the estimate it becomes part of the estimate (which must then be
     * explained again); during the repair it is a supplement the customer must approve before anyone works on it.
     */
    RepairOrderLine addLine(LineDraft draft) {
        boolean supplement;
        if (status == RepairOrderStatus.OPENED || status == RepairOrderStatus.ESTIMATED) {
            supplement = false;
            reopenEstimate();
        } else if (WORKSHOP.contains(status)) {
            supplement = true;
        } else {
            throw new StepRefused("repairOrder.refused.linesClosed", statusArgument());
        }
        RepairOrderLine line = RepairOrderLine.proposed(nextLineNumber(), draft, supplement);
        lines.add(line);
        Comeback comeback = draft.comeback();
        if (comeback != null) {
            events.add(new ComebackFound(dealerId, id, line.number(), vehicle, comeback, openedAt));
        }
        return line;
    }

    /** The estimate with its promised time has been explained to the customer, who is asked to approve it. */
    void estimate(Instant promisedAt, Instant now) {
        requireStatus("repairOrder.refused.estimateGiven", RepairOrderStatus.OPENED);
        if (lines.isEmpty()) {
            throw new StepRefused("repairOrder.refused.estimateEmpty");
        }
        if (!promisedAt.isAfter(now)) {
            throw new StepRefused("repairOrder.refused.promisedInThePast");
        }
        this.promisedAt = promisedAt;
        this.status = RepairOrderStatus.ESTIMATED;
    }

    /**
     * The customer agreed: to the estimate (all its lines but the declined ones), or to the supplements proposed
     * during the repair. Declined lines stay on the order and are offered again at the next visit.
     */
    void approve(ApprovalGiven given, Collection<Integer> declined, StaffId recordedBy, Instant now) {
        boolean supplement = WORKSHOP.contains(status);
        if (!supplement) {
            requireStatus("repairOrder.refused.notEstimated", RepairOrderStatus.ESTIMATED);
        }
        List<RepairOrderLine> proposed = lines.stream()
                .filter(l -> l.approval() == LineApproval.PROPOSED)
                .toList();
        if (proposed.isEmpty()) {
            throw new StepRefused("repairOrder.refused.nothingToApprove");
        }
        decide(proposed, declined, given, recordedBy, supplement, now);
        if (!supplement) {
            status = RepairOrderStatus.APPROVED;
        }
    }

    /**
     * The customer answered on the page of a link sent to them: each supplement line the link offered approved or
     * declined. Only those lines are decided; a supplement proposed after the link was sent waits for its own answer.
     * A link answered already (by the link or otherwise) is refused, and so is an answer once the car has left the
     * workshop's hands.
     *
     * @param sentBy the staff member who sent the link, recorded as the one who took the answer
     */
    void answerLink(
            Collection<Integer> offered,
            Collection<Integer> declined,
            ApprovalGiven given,
            StaffId sentBy,
            Instant now) {
        if (!WORKSHOP.contains(status)) {
            throw new StepRefused("repairOrder.refused.linkClosed", statusArgument());
        }
        if (offered.isEmpty()) {
            throw new StepRefused("repairOrder.refused.nothingToApprove");
        }
        List<RepairOrderLine> asked =
                offered.stream().distinct().sorted().map(this::line).toList();
        if (asked.stream().anyMatch(l -> !l.supplement())) {
            throw new StepRefused("repairOrder.refused.nothingToApprove");
        }
        if (asked.stream().anyMatch(l -> l.approval() != LineApproval.PROPOSED)) {
            throw new StepRefused("repairOrder.refused.linkAnswered");
        }
        decide(asked, declined, given, sentBy, true, now);
    }

    /** Records the customer's decision on these proposed lines: the declined ones kept, the rest approved. */
    private void decide(
            List<RepairOrderLine> proposed,
            Collection<Integer> declined,
            ApprovalGiven given,
            StaffId recordedBy,
            boolean supplement,
            Instant now) {
        for (Integer each : declined) {
            if (proposed.stream().noneMatch(l -> l.number() == each)) {
                throw new StepRefused("repairOrder.refused.notProposed", each);
            }
        }
        int approval = ++approvals;
        Money amount = Money.ZERO;
        for (RepairOrderLine line : proposed) {
            boolean declines = declined.contains(line.number());
            line.decide(declines ? LineApproval.DECLINED : LineApproval.APPROVED, approval);
            if (!declines) {
                amount = amount.plus(line.amount());
            }
        }
        newApprovals.add(new CustomerApproval(
                approval,
                given.method(),
                given.approvedByName(),
                given.phone(),
                given.signaturePng(),
                amount,
                recordedBy,
                now,
                given.clientIp(),
                given.userAgent()));
        events.add(new WorkApproved(
                dealerId, id, customer, approval, given.method(), amount, declined.size(), supplement, now));
    }

    // ---- the foreman and the technicians ----

    /** The foreman gives a job to a technician; the job keeps the bay it was put in, if any. */
    void dispatch(int lineNumber, StaffId technician) {
        dispatch(lineNumber, technician, null);
    }

    /**
     * The foreman gives a job to a technician, in {@code bay} (a bay of the dealer that takes jobs, which the caller
     * has checked); without a bay the job keeps the one it was put in, if any.
     */
    void dispatch(int lineNumber, StaffId technician, @Nullable BayId bay) {
        RepairOrderLine job = jobToArrange(lineNumber);
        job.assign(technician);
        if (bay != null) {
            job.placeIn(bay);
        }
    }

    /**
     * The foreman puts a job's car in a bay, whoever has the job (or nobody yet), or takes it out of its bay
     * ({@code null}): not while someone works on it, whose time is being clocked in the bay it is in.
     */
    void moveToBay(int lineNumber, @Nullable BayId bay) {
        jobToArrange(lineNumber).placeIn(bay);
    }

    /** An approved job of an order in the workshop that nobody is working on and that is not finished. */
    private RepairOrderLine jobToArrange(int lineNumber) {
        requireStatus("repairOrder.refused.notInWorkshop", RepairOrderStatus.APPROVED, RepairOrderStatus.IN_REPAIR);
        RepairOrderLine job = approvedJob(lineNumber);
        if (job.job() == JobStatus.IN_PROGRESS) {
            throw new StepRefused("repairOrder.refused.jobRunning", lineNumber);
        }
        if (job.job() == JobStatus.DONE) {
            throw new StepRefused("repairOrder.refused.jobDone", lineNumber);
        }
        return job;
    }

    /** A technician starts (or resumes) a job; the job must be approved and not given to someone else. */
    void clockOn(int lineNumber, StaffId technician, Instant now) {
        requireStatus("repairOrder.refused.notInWorkshop", RepairOrderStatus.APPROVED, RepairOrderStatus.IN_REPAIR);
        RepairOrderLine job = approvedJob(lineNumber);
        if (job.job() == JobStatus.IN_PROGRESS) {
            throw new StepRefused("repairOrder.refused.jobRunning", lineNumber);
        }
        if (job.job() == JobStatus.DONE) {
            throw new StepRefused("repairOrder.refused.jobDone", lineNumber);
        }
        if (job.technician() != null && !job.technician().equals(technician)) {
            throw new StepRefused("repairOrder.refused.jobOfAnother", lineNumber);
        }
        job.clockOn(technician, now);
        status = RepairOrderStatus.IN_REPAIR;
    }

    /** The technician stops work on a job: finished, or paused with a reason. */
    void clockOff(int lineNumber, StaffId technician, @Nullable PauseReason pause, Instant now) {
        RepairOrderLine job = line(lineNumber);
        if (job.job() != JobStatus.IN_PROGRESS) {
            throw new StepRefused("repairOrder.refused.jobNotRunning", lineNumber);
        }
        if (!technician.equals(job.technician())) {
            throw new StepRefused("repairOrder.refused.jobOfAnother", lineNumber);
        }
        newTimeEntries.add(job.clockOff(pause == null ? JobStatus.DONE : JobStatus.PAUSED, pause, now));
    }

    // ---- the three-level quality check ----

    /**
     * A level of the quality check passed. The levels go in order, each after the one before, and only when every
     * approved job is done and no supplement waits for the customer; the final check is by someone who did none of
     * the work. Every item of the checklist must be ticked in order: an item not ticked, or found not in order, is
     * refused by name (an item not in order fails the check instead).
     */
    void passCheck(CheckLevel level, StaffId inspector, CheckSheet sheet, Instant now) {
        requireCheckable(level);
        if (level == CheckLevel.FINAL && technicians().contains(inspector)) {
            throw new StepRefused("repairOrder.refused.inspectorDidTheWork");
        }
        List<CheckedItem> items = checked(sheet);
        items.stream().filter(item -> !item.ok()).findFirst().ifPresent(notOk -> {
            throw new StepRefused("repairOrder.refused.itemNotOk", notOk.item().label());
        });
        List<ChecklistItem> unticked = sheet.checklist().stream()
                .filter(item -> items.stream().noneMatch(done -> done.item().equals(item)))
                .toList();
        if (!unticked.isEmpty()) {
            throw new StepRefused(
                    "repairOrder.refused.checklistIncomplete", unticked.get(0).label(), unticked.size());
        }
        newChecks.add(new QualityCheck(++checks, level, true, sheet.notes(), inspector, now, items, sheet.photos()));
        status = switch (level) {
            case SELF -> RepairOrderStatus.SELF_CHECKED;
            case TEAM_LEADER -> RepairOrderStatus.TEAM_CHECKED;
            case FINAL -> RepairOrderStatus.QC_PASSED;
        };
    }

    /**
     * A level of the quality check failed: the jobs go back to the workshop as internal rework with the reason (the
     * sheet's notes), and every level must be passed again. The jobs are the ones named or, when none are, those of
     * the types of work whose checklist items were found not in order.
     */
    void failCheck(CheckLevel level, Collection<Integer> jobs, StaffId inspector, CheckSheet sheet, Instant now) {
        requireCheckable(level);
        String reason = sheet.notes();
        if (reason.isBlank()) {
            throw new StepRefused("repairOrder.refused.reworkWithoutReason");
        }
        List<CheckedItem> items = checked(sheet);
        List<Integer> named = jobs.isEmpty() ? jobsOf(items) : List.copyOf(jobs);
        if (named.isEmpty()) {
            throw new StepRefused("repairOrder.refused.reworkWithoutJobs");
        }
        List<RepairOrderLine> failed = named.stream().map(this::approvedJob).toList();
        List<StaffId> workedBy = failed.stream()
                .map(RepairOrderLine::technician)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        failed.forEach(RepairOrderLine::sendBackForRework);
        newChecks.add(new QualityCheck(++checks, level, false, reason, inspector, now, items, sheet.photos()));
        status = RepairOrderStatus.IN_REPAIR;
        events.add(new ReworkOrdered(dealerId, id, level, reason, named, workedBy, inspector, now));
    }

    /** The sheet's results against its checklist, in the checklist's order; a result for no item on it is refused. */
    private static List<CheckedItem> checked(CheckSheet sheet) {
        for (ItemResult result : sheet.results()) {
            if (sheet.checklist().stream().noneMatch(item -> item.ref().equals(result.ref()))) {
                throw new StepRefused("repairOrder.refused.notOnChecklist", result.ref());
            }
        }
        List<CheckedItem> items = new ArrayList<>();
        for (ChecklistItem item : sheet.checklist()) {
            sheet.results().stream()
                    .filter(result -> result.ref().equals(item.ref()))
                    .reduce((first, second) -> second)
                    .ifPresent(result -> items.add(new CheckedItem(item, result.ok(), result.note())));
        }
        return items;
    }

    /** The approved jobs of the types of work that have an item not in order. */
    private List<Integer> jobsOf(List<CheckedItem> items) {
        Set<WorkType> failedTypes = items.stream()
                .filter(item -> !item.ok())
                .map(item -> item.item().workType())
                .collect(java.util.stream.Collectors.toSet());
        return lines.stream()
                .filter(line -> line.isJob()
                        && line.approval() == LineApproval.APPROVED
                        && failedTypes.contains(line.workType()))
                .map(RepairOrderLine::number)
                .toList();
    }

    /** The types of work of the approved jobs: whose checklists the quality checks go through. */
    public Set<WorkType> workTypes() {
        return lines.stream()
                .filter(line -> line.isJob() && line.approval() == LineApproval.APPROVED && line.workType() != null)
                .map(RepairOrderLine::workType)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(WorkType.class)));
    }

    /** The wash and interior clean-up before delivery: done, or declined by the customer. */
    void recordCleanUp(boolean washed, boolean interiorCleaned) {
        if (!status.isOpen()) {
            throw new StepRefused("repairOrder.refused.alreadyDelivered");
        }
        this.washed = washed;
        this.interiorCleaned = interiorCleaned;
    }

    // ---- discounts ----

    /**
     * A discount on approved work the customer pays for, given before the car is handed back. Its amount is worked
     * out now (a percentage is rounded once, by {@link Money#times}). Within the dealer's limit, a share of the
     * customer's bill counting all its discounts together, it applies at once; above it, it waits for a manager,
     * unless whoever gives it may approve discounts themselves, and the car cannot be delivered while it waits.
     */
    Discount grantDiscount(
            DiscountDraft draft, BigDecimal limitPercent, StaffId grantedBy, boolean mayApprove, Instant now) {
        if (!status.isOpen()) {
            throw new StepRefused("repairOrder.refused.alreadyDelivered");
        }
        if (status == RepairOrderStatus.OPENED || status == RepairOrderStatus.ESTIMATED) {
            throw new StepRefused("repairOrder.refused.discountBeforeApproval");
        }
        Money inScope = Money.sum(customerLines()
                .filter(draft.scope()::covers)
                .map(RepairOrderLine::amount)
                .toList());
        Money amount = discountAmount(draft, inScope);
        if (amount.isNegative() || amount.isZero()) {
            throw new StepRefused("repairOrder.refused.discountNotPositive");
        }
        Money left = inScope.minus(discounted(d -> d.scope() == draft.scope()));
        Money leftOnTheBill = grossCustomerShare().minus(discounted(d -> true));
        Money room = left.compareTo(leftOnTheBill) < 0 ? left : leftOnTheBill;
        if (amount.compareTo(room) > 0) {
            throw new StepRefused("repairOrder.refused.discountAboveCharges", amount, room);
        }
        boolean withinLimit = discounted(d -> true)
                        .plus(amount)
                        .amount()
                        .multiply(ONE_HUNDRED)
                        .compareTo(grossCustomerShare().amount().multiply(limitPercent))
                <= 0;
        DiscountState state = withinLimit || mayApprove ? DiscountState.APPROVED : DiscountState.AWAITING_APPROVAL;
        StaffId decidedBy = !withinLimit && mayApprove ? grantedBy : null;
        Discount discount = new Discount(
                discounts.size() + 1,
                draft.scope(),
                draft.percent(),
                amount,
                draft.reason(),
                grantedBy,
                now,
                state,
                decidedBy,
                decidedBy == null ? null : now);
        discounts.add(discount);
        changedDiscounts.add(discount);
        return discount;
    }

    /** A manager approves or refuses a discount above the advisor's limit; a refused one stays on record. */
    void decideDiscount(int number, boolean approve, StaffId manager, Instant now) {
        if (!status.isOpen()) {
            throw new StepRefused("repairOrder.refused.alreadyDelivered");
        }
        Discount discount = discounts.stream()
                .filter(d -> d.number() == number)
                .findFirst()
                .orElseThrow(() -> new StepRefused("repairOrder.refused.noSuchDiscount", number));
        if (discount.state() != DiscountState.AWAITING_APPROVAL) {
            throw new StepRefused("repairOrder.refused.discountDecided", number);
        }
        Discount decided = discount.decided(approve, manager, now);
        discounts.set(discounts.indexOf(discount), decided);
        changedDiscounts.add(decided);
    }

    private static Money discountAmount(DiscountDraft draft, Money inScope) {
        BigDecimal percent = draft.percent();
        Money amount = draft.amount();
        if ((percent == null) == (amount == null)) {
            throw new StepRefused("repairOrder.refused.discountPercentOrAmount");
        }
        if (percent != null) {
            if (percent.signum() <= 0 || percent.compareTo(ONE_HUNDRED) > 0) {
                throw new StepRefused("repairOrder.refused.discountPercentRange");
            }
            return inScope.times(percent.movePointLeft(2));
        }
        return amount;
    }

    private Money discounted(java.util.function.Predicate<Discount> which) {
        return Money.sum(discounts.stream()
                .filter(Discount::counts)
                .filter(which)
                .map(Discount::amount)
                .toList());
    }

    private java.util.stream.Stream<RepairOrderLine> customerLines() {
        return lines.stream().filter(l -> l.approval() == LineApproval.APPROVED && l.payer() == Payer.CUSTOMER);
    }

    // ---- delivery and settlement ----

    /** The car goes back to the customer: only after the final check, with the clean-up recorded and the bill explained. */
    void deliver(Handover handover, Instant now) {
        if (!status.isOpen()) {
            throw new StepRefused("repairOrder.refused.alreadyDelivered");
        }
        if (status != RepairOrderStatus.QC_PASSED) {
            throw new StepRefused("repairOrder.refused.finalCheckMissing");
        }
        if (washed == null) {
            throw new StepRefused("repairOrder.refused.cleanUpNotRecorded");
        }
        if (discounts.stream().anyMatch(d -> d.state() == DiscountState.AWAITING_APPROVAL)) {
            throw new StepRefused("repairOrder.refused.discountAwaitingApproval");
        }
        if (!handover.billExplained()) {
            throw new StepRefused("repairOrder.refused.billNotExplained");
        }
        checkRating(handover.advisorRating());
        checkRating(handover.technicianRating());
        status = RepairOrderStatus.DELIVERED;
        deliveredAt = now;
        events.add(new RepairOrderDelivered(
                dealerId,
                id,
                number,
                customer,
                vehicle,
                advisor,
                handover.advisorRating(),
                handover.technicianRating(),
                now));
    }

    /**
     * The cashier takes payment, in one or several methods, all at once or in parts. When the customer's share is
     * covered (paid, or left on a company's account) the order is settled; more than is due is refused.
     */
    void takePayment(PaymentMethod method, Money amount, String reference, StaffId cashier, Instant now) {
        if (status == RepairOrderStatus.SETTLED) {
            throw new StepRefused("repairOrder.refused.alreadySettled");
        }
        if (status != RepairOrderStatus.DELIVERED) {
            throw new StepRefused("repairOrder.refused.notDelivered");
        }
        if (amount.isNegative() || amount.isZero()) {
            throw new StepRefused("repairOrder.refused.paymentNotPositive");
        }
        Money due = balanceDue();
        if (amount.compareTo(due) > 0) {
            throw new StepRefused("repairOrder.refused.paymentAboveBalance", amount, due);
        }
        Payment payment = new Payment(payments.size() + 1, method, amount, reference, cashier, now);
        payments.add(payment);
        newPayments.add(payment);
        if (balanceDue().isZero()) {
            settle(now);
        }
    }

    /** A bill the customer owes nothing on (all warranty or internal) is settled without a payment. */
    void settleWithoutPayment(Instant now) {
        if (status == RepairOrderStatus.SETTLED) {
            throw new StepRefused("repairOrder.refused.alreadySettled");
        }
        if (status != RepairOrderStatus.DELIVERED) {
            throw new StepRefused("repairOrder.refused.notDelivered");
        }
        if (!balanceDue().isZero()) {
            throw new StepRefused("repairOrder.refused.balanceOpen", balanceDue());
        }
        settle(now);
    }

    private void settle(Instant now) {
        status = RepairOrderStatus.SETTLED;
        settledAt = now;
        Money onAccount = Money.sum(payments.stream()
                .filter(p -> p.method() == PaymentMethod.ON_ACCOUNT)
                .map(Payment::amount)
                .toList());
        events.add(new RepairOrderSettled(dealerId, id, customer, customerShare(), onAccount, now));
    }

    // ---- what the order answers ----

    /** What the customer pays: the approved lines they are the payer of, less the approved discounts. */
    public Money customerShare() {
        return grossCustomerShare().minus(discountTotal());
    }

    /** The approved lines the customer is the payer of, before discounts. */
    public Money grossCustomerShare() {
        return Money.sum(customerLines().map(RepairOrderLine::amount).toList());
    }

    /** The discounts that apply: approved ones, not those refused or still waiting for a manager. */
    public Money discountTotal() {
        return Money.sum(discounts.stream()
                .filter(d -> d.state() == DiscountState.APPROVED)
                .map(Discount::amount)
                .toList());
    }

    public Money paid() {
        return Money.sum(payments.stream().map(Payment::amount).toList());
    }

    public Money balanceDue() {
        return customerShare().minus(paid());
    }

    /** The estimate the customer is asked to approve: every line not declined. */
    public Money estimateTotal() {
        return Money.sum(lines.stream()
                .filter(l -> l.approval() != LineApproval.DECLINED)
                .map(RepairOrderLine::amount)
                .toList());
    }

    /** Everyone who clocked work on the order. */
    public Set<StaffId> technicians() {
        return lines.stream()
                .map(RepairOrderLine::technician)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** The level of the quality check that is next, or {@code null} if the order is not waiting for one. */
    public @Nullable CheckLevel nextCheck() {
        return switch (status) {
            case APPROVED, IN_REPAIR ->
                lines.stream().anyMatch(RepairOrderLine::isOutstandingJob) || hasProposed() ? null : CheckLevel.SELF;
            case SELF_CHECKED -> CheckLevel.TEAM_LEADER;
            case TEAM_CHECKED -> CheckLevel.FINAL;
            default -> null;
        };
    }

    private void requireCheckable(CheckLevel level) {
        if (status == RepairOrderStatus.QC_PASSED || !status.isOpen()) {
            throw new StepRefused("repairOrder.refused.checksComplete");
        }
        if (hasProposed()) {
            throw new StepRefused("repairOrder.refused.supplementUndecided");
        }
        if (lines.stream().anyMatch(RepairOrderLine::isOutstandingJob)) {
            throw new StepRefused("repairOrder.refused.jobsOutstanding");
        }
        CheckLevel next = nextCheck();
        if (next != level) {
            throw next == null
                    ? new StepRefused("repairOrder.refused.notRepaired", statusArgument())
                    : new StepRefused("repairOrder.refused.checkOutOfOrder", messageOf(next));
        }
    }

    private boolean hasProposed() {
        return lines.stream().anyMatch(l -> l.approval() == LineApproval.PROPOSED);
    }

    private RepairOrderLine line(int lineNumber) {
        return lines.stream()
                .filter(l -> l.number() == lineNumber)
                .findFirst()
                .orElseThrow(() -> new StepRefused("repairOrder.refused.noSuchLine", lineNumber));
    }

    private RepairOrderLine approvedJob(int lineNumber) {
        RepairOrderLine line = line(lineNumber);
        if (!line.isJob()) {
            throw new StepRefused("repairOrder.refused.notAJob", lineNumber);
        }
        if (line.approval() != LineApproval.APPROVED) {
            throw new StepRefused("repairOrder.refused.notApproved", lineNumber);
        }
        return line;
    }

    private void reopenEstimate() {
        if (status == RepairOrderStatus.ESTIMATED) {
            status = RepairOrderStatus.OPENED;
        }
    }

    private int nextLineNumber() {
        return lines.stream().mapToInt(RepairOrderLine::number).max().orElse(0) + 1;
    }

    private void requireStatus(String refusal, RepairOrderStatus... allowed) {
        for (RepairOrderStatus each : allowed) {
            if (status == each) {
                return;
            }
        }
        throw new StepRefused(refusal, statusArgument());
    }

    private Object statusArgument() {
        return messageOf(status);
    }

    private static Object messageOf(RepairOrderStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey());
    }

    private static Object messageOf(CheckLevel level) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(level.messageKey());
    }

    private static void checkRating(@Nullable Integer rating) {
        if (rating != null && (rating < LOWEST_RATING || rating > HIGHEST_RATING)) {
            throw new StepRefused("repairOrder.refused.ratingOutOfRange", LOWEST_RATING, HIGHEST_RATING);
        }
    }

    // ---- for the repository ----

    List<Object> events() {
        return Collections.unmodifiableList(events);
    }

    List<CustomerApproval> newApprovals() {
        return newApprovals;
    }

    List<QualityCheck> newChecks() {
        return newChecks;
    }

    List<TimeEntry> newTimeEntries() {
        return newTimeEntries;
    }

    List<Payment> newPayments() {
        return newPayments;
    }

    List<Discount> changedDiscounts() {
        return changedDiscounts;
    }

    long dealerId() {
        return dealerId;
    }

    /** The repository wrote every change and sent the events: the order now stands as stored. */
    void saved(@Nullable StaffId by, Instant at) {
        version++;
        changedBy = by;
        changedAt = at;
        lines.forEach(RepairOrderLine::saved);
        newApprovals.clear();
        newChecks.clear();
        newTimeEntries.clear();
        newPayments.clear();
        changedDiscounts.clear();
        events.clear();
    }

    /**
     * The order as saved, apart from this one (its lines copied; payments and discounts are values): a step taken on
     * the copy leaves this one as it is. Only an order with nothing left to save has one.
     */
    RepairOrder copy() {
        if (!events.isEmpty()
                || !newApprovals.isEmpty()
                || !newChecks.isEmpty()
                || !newTimeEntries.isEmpty()
                || !newPayments.isEmpty()
                || !changedDiscounts.isEmpty()) {
            throw new IllegalStateException("repair order " + id + " has changes not yet saved");
        }
        Stored stored = new Stored(
                dealerId,
                id,
                number,
                customer,
                vehicle,
                advisor,
                appointmentId,
                customerWords,
                kilometres,
                openedAt,
                status,
                diagnosis,
                concern,
                comeback,
                promisedAt,
                washed,
                interiorCleaned,
                deliveredAt,
                settledAt,
                approvals,
                checks,
                version,
                changedBy,
                changedAt);
        return new RepairOrder(stored, lines.stream().map(RepairOrderLine::copy).toList(), payments, discounts);
    }

    // ---- read access ----

    public RepairOrderId id() {
        return id;
    }

    public String number() {
        return number;
    }

    public CustomerId customer() {
        return customer;
    }

    public VehicleId vehicle() {
        return vehicle;
    }

    public StaffId advisor() {
        return advisor;
    }

    public @Nullable Long appointmentId() {
        return appointmentId;
    }

    /** The customer's own words from reception, unchanged. */
    public String customerWords() {
        return customerWords;
    }

    public String diagnosis() {
        return diagnosis;
    }

    public @Nullable ConcernCategory concern() {
        return concern;
    }

    /** The order this one is a comeback of because the same concern came back, if it is one. */
    public @Nullable Comeback comeback() {
        return comeback;
    }

    public @Nullable Integer kilometres() {
        return kilometres;
    }

    public RepairOrderStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public @Nullable Instant promisedAt() {
        return promisedAt;
    }

    public @Nullable Boolean washed() {
        return washed;
    }

    public @Nullable Boolean interiorCleaned() {
        return interiorCleaned;
    }

    public @Nullable Instant deliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant settledAt() {
        return settledAt;
    }

    public List<RepairOrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<Payment> payments() {
        return Collections.unmodifiableList(payments);
    }

    public List<Discount> discounts() {
        return Collections.unmodifiableList(discounts);
    }

    /** Saved versions so far; a step on an older one is refused as {@link RepairOrderChangedMeanwhile}. */
    public int version() {
        return version;
    }

    public @Nullable StaffId changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }

    /** The order's columns as stored, the lines and payments apart. */
    record Stored(
            long dealerId,
            RepairOrderId id,
            String number,
            CustomerId customer,
            VehicleId vehicle,
            StaffId advisor,
            @Nullable Long appointmentId,
            String customerWords,
            @Nullable Integer kilometres,
            Instant openedAt,
            RepairOrderStatus status,
            String diagnosis,
            @Nullable ConcernCategory concern,
            @Nullable Comeback comeback,
            @Nullable Instant promisedAt,
            @Nullable Boolean washed,
            @Nullable Boolean interiorCleaned,
            @Nullable Instant deliveredAt,
            @Nullable Instant settledAt,
            int approvals,
            int checks,
            int version,
            @Nullable StaffId changedBy,
            @Nullable Instant changedAt) {}
}

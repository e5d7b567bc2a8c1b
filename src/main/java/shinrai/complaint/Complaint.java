package shinrai.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/**
 * A customer's complaint (投诉). It keeps the customer's words as said and decides its own course: the first response
 * to the customer comes before a resolution, a resolution needs its root cause and corrective action, closing needs
 * the customer's confirmation and no goodwill still waiting for a manager, and a closed complaint takes nothing but a
 * reopening. Its deadlines run from the start of each round (a reopening starts the next); when one passes, it is
 * escalated to the service manager, and if it is still unresolved its response time after the resolution deadline,
 * to the general manager.
 */
public final class Complaint {

    private final @Nullable ComplaintId id;
    private final ComplaintSource source;
    private ComplaintCategory category;
    private Severity severity;
    private final String customerWords;
    private final CustomerId customer;
    private final @Nullable VehicleId vehicle;
    private final @Nullable RepairOrderId repairOrder;
    private final @Nullable Long surveyResponse;
    private final @Nullable String surveyDetail;
    private final @Nullable RepairOrderId deliveryOf;
    private final @Nullable Integer advisorRating;
    private final @Nullable Integer technicianRating;
    private @Nullable StaffId owner;
    private ComplaintStatus status;
    private final Instant openedAt;
    private final @Nullable StaffId openedBy;
    private int round;
    private Instant roundStartedAt;
    private Instant respondBy;
    private Instant resolveBy;
    private Instant secondLevelAt;
    private @Nullable Instant respondedAt;
    private @Nullable StaffId respondedBy;
    private @Nullable String rootCause;
    private @Nullable String correctiveAction;
    private @Nullable Instant resolvedAt;
    private @Nullable StaffId resolvedBy;
    private @Nullable ConfirmationMethod confirmationMethod;
    private @Nullable Instant confirmedAt;
    private @Nullable String confirmationNote;
    private @Nullable StaffId confirmationBy;
    private @Nullable Instant closedAt;
    private @Nullable StaffId closedBy;
    private final int version;
    private final @Nullable StaffId changedBy;
    private final @Nullable Instant changedAt;
    private final List<ContactEntry> contacts;
    private final List<Step> steps;
    private final List<Goodwill> goodwill;
    private final List<Escalation> escalations;
    private final int savedContacts;
    private final int savedSteps;
    private final int savedGoodwill;
    private final Set<Integer> decidedGoodwill = new HashSet<>();

    Complaint(Stored s, List<ContactEntry> contacts, List<Step> steps, List<Goodwill> goodwill, List<Escalation> up) {
        this.id = s.id();
        this.source = s.source();
        this.category = s.category();
        this.severity = s.severity();
        this.customerWords = s.customerWords();
        this.customer = s.customer();
        this.vehicle = s.vehicle();
        this.repairOrder = s.repairOrder();
        this.surveyResponse = s.surveyResponse();
        this.surveyDetail = s.surveyDetail();
        this.deliveryOf = s.deliveryOf();
        this.advisorRating = s.advisorRating();
        this.technicianRating = s.technicianRating();
        this.owner = s.owner();
        this.status = s.status();
        this.openedAt = s.openedAt();
        this.openedBy = s.openedBy();
        this.round = s.round();
        this.roundStartedAt = s.roundStartedAt();
        this.respondBy = s.respondBy();
        this.resolveBy = s.resolveBy();
        this.secondLevelAt = s.secondLevelAt();
        this.respondedAt = s.respondedAt();
        this.respondedBy = s.respondedBy();
        this.rootCause = s.rootCause();
        this.correctiveAction = s.correctiveAction();
        this.resolvedAt = s.resolvedAt();
        this.resolvedBy = s.resolvedBy();
        this.confirmationMethod = s.confirmationMethod();
        this.confirmedAt = s.confirmedAt();
        this.confirmationNote = s.confirmationNote();
        this.confirmationBy = s.confirmationBy();
        this.closedAt = s.closedAt();
        this.closedBy = s.closedBy();
        this.version = s.version();
        this.changedBy = s.changedBy();
        this.changedAt = s.changedAt();
        this.contacts = new ArrayList<>(contacts);
        this.steps = new ArrayList<>(steps);
        this.goodwill = new ArrayList<>(goodwill);
        this.escalations = List.copyOf(up);
        this.savedContacts = contacts.size();
        this.savedSteps = steps.size();
        this.savedGoodwill = goodwill.size();
    }

    /** A complaint's row as stored, without its log, history, goodwill and escalations. */
    record Stored(
            @Nullable ComplaintId id,
            ComplaintSource source,
            ComplaintCategory category,
            Severity severity,
            String customerWords,
            CustomerId customer,
            @Nullable VehicleId vehicle,
            @Nullable RepairOrderId repairOrder,
            @Nullable Long surveyResponse,
            @Nullable String surveyDetail,
            @Nullable RepairOrderId deliveryOf,
            @Nullable Integer advisorRating,
            @Nullable Integer technicianRating,
            @Nullable StaffId owner,
            ComplaintStatus status,
            Instant openedAt,
            @Nullable StaffId openedBy,
            int round,
            Instant roundStartedAt,
            Instant respondBy,
            Instant resolveBy,
            Instant secondLevelAt,
            @Nullable Instant respondedAt,
            @Nullable StaffId respondedBy,
            @Nullable String rootCause,
            @Nullable String correctiveAction,
            @Nullable Instant resolvedAt,
            @Nullable StaffId resolvedBy,
            @Nullable ConfirmationMethod confirmationMethod,
            @Nullable Instant confirmedAt,
            @Nullable String confirmationNote,
            @Nullable StaffId confirmationBy,
            @Nullable Instant closedAt,
            @Nullable StaffId closedBy,
            int version,
            @Nullable StaffId changedBy,
            @Nullable Instant changedAt) {}

    /**
     * What a complaint is opened with.
     *
     * @param surveyResponse the survey response it came from, with what was answered ({@code surveyDetail})
     * @param deliveryOf the delivery whose low ratings opened it, with the ratings
     */
    record Opening(
            ComplaintSource source,
            ComplaintCategory category,
            Severity severity,
            String customerWords,
            CustomerId customer,
            @Nullable VehicleId vehicle,
            @Nullable RepairOrderId repairOrder,
            @Nullable Long surveyResponse,
            @Nullable String surveyDetail,
            @Nullable RepairOrderId deliveryOf,
            @Nullable Integer advisorRating,
            @Nullable Integer technicianRating,
            @Nullable StaffId owner) {}

    /** A new complaint: open, its deadlines counted from now by its severity, in its first round. */
    static Complaint open(Opening o, ComplaintTerms terms, @Nullable StaffId by, Instant now) {
        return open(o, terms, by, now, "");
    }

    /**
     * A new complaint, its opening noted on its history: who at the network raised it, for one the network's hotline
     * passed to the dealer.
     */
    static Complaint open(Opening o, ComplaintTerms terms, @Nullable StaffId by, Instant now, String note) {
        Instant respondBy = now.plus(terms.responseTime(o.severity()));
        Instant resolveBy = now.plus(terms.resolutionTime(o.severity()));
        Complaint complaint = new Complaint(
                new Stored(
                        null,
                        o.source(),
                        o.category(),
                        o.severity(),
                        o.customerWords(),
                        o.customer(),
                        o.vehicle(),
                        o.repairOrder(),
                        o.surveyResponse(),
                        o.surveyDetail(),
                        o.deliveryOf(),
                        o.advisorRating(),
                        o.technicianRating(),
                        o.owner(),
                        ComplaintStatus.OPEN,
                        now,
                        by,
                        1,
                        now,
                        respondBy,
                        resolveBy,
                        resolveBy.plus(terms.responseTime(o.severity())),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        null,
                        null),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        complaint.step(StepKind.OPENED, null, note, by, now);
        if (o.owner() != null) {
            complaint.step(StepKind.ASSIGNED, o.owner(), "", by, now);
        }
        return complaint;
    }

    /** Gives the complaint to another owner; the change is on its history. */
    void assign(StaffId newOwner, StaffId by, Instant now) {
        refuseIfClosed();
        if (newOwner.equals(owner)) {
            throw new ComplaintRefused("complaint.refused.sameOwner");
        }
        owner = newOwner;
        step(StepKind.ASSIGNED, newOwner, "", by, now);
    }

    /**
     * Category and severity as the owner judges them; a new severity moves the deadlines of the current round (from
     * its start), until the complaint is resolved.
     */
    void classify(ComplaintCategory newCategory, Severity newSeverity, ComplaintTerms terms) {
        if (!status.isUnresolved()) {
            throw new ComplaintRefused("complaint.refused.classifyAfterResolution", label(status));
        }
        category = newCategory;
        if (newSeverity != severity) {
            severity = newSeverity;
            respondBy = roundStartedAt.plus(terms.responseTime(severity));
            resolveBy = roundStartedAt.plus(terms.resolutionTime(severity));
            secondLevelAt = resolveBy.plus(terms.responseTime(severity));
        }
    }

    /** Adds to the contact log: a conversation with the customer, or a note for the file. */
    ContactEntry logContact(ContactChannel channel, String said, Instant contactedAt, StaffId by, Instant now) {
        refuseIfClosed();
        if (contactedAt.isAfter(now)) {
            throw new InvalidComplaintInput("contactedAt", "complaint.error.inTheFuture");
        }
        ContactEntry entry = new ContactEntry(contacts.size() + 1, channel, said, contactedAt, by, now);
        contacts.add(entry);
        return entry;
    }

    /** The first response to the customer, logged as a contact: the response deadline is met. */
    void respond(ContactChannel channel, String said, StaffId by, Instant now) {
        if (status != ComplaintStatus.OPEN) {
            throw new ComplaintRefused("complaint.refused.alreadyResponded", label(status));
        }
        if (channel == ContactChannel.NOTE) {
            throw new InvalidComplaintInput("channel", "complaint.error.responseIsNotANote");
        }
        logContact(channel, said, now, by, now);
        respondedAt = now;
        respondedBy = by;
        status = ComplaintStatus.IN_PROGRESS;
        step(StepKind.RESPONDED, null, "", by, now);
    }

    /** What caused the complaint and what was done about it; waits for the customer's confirmation then. */
    void resolve(String cause, String action, StaffId by, Instant now) {
        switch (status) {
            case OPEN -> throw new ComplaintRefused("complaint.refused.notResponded");
            case RESOLVED, CLOSED -> throw new ComplaintRefused("complaint.refused.alreadyResolved", label(status));
            case IN_PROGRESS -> {}
        }
        refuseWhileGoodwillWaits();
        rootCause = cause;
        correctiveAction = action;
        resolvedAt = now;
        resolvedBy = by;
        status = ComplaintStatus.RESOLVED;
        step(StepKind.RESOLVED, null, "", by, now);
    }

    /** The customer confirmed that the complaint is settled: how, when, and who recorded it. */
    void confirmClosure(ConfirmationMethod method, Instant confirmed, String note, StaffId by, Instant now) {
        if (status != ComplaintStatus.RESOLVED) {
            throw new ComplaintRefused("complaint.refused.confirmBeforeResolution", label(status));
        }
        if (confirmed.isAfter(now)) {
            throw new InvalidComplaintInput("confirmedAt", "complaint.error.inTheFuture");
        }
        confirmationMethod = method;
        confirmedAt = confirmed;
        confirmationNote = note;
        confirmationBy = by;
        step(StepKind.CONFIRMED, null, note, by, now);
    }

    /** Closes a resolved complaint the customer confirmed, with no goodwill waiting for a manager. */
    void close(StaffId by, Instant now) {
        if (status == ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("complaint.refused.closed");
        }
        if (status != ComplaintStatus.RESOLVED) {
            throw new ComplaintRefused("complaint.refused.closeBeforeResolution", label(status));
        }
        if (confirmedAt == null) {
            throw new ComplaintRefused("complaint.refused.notConfirmed");
        }
        refuseWhileGoodwillWaits();
        status = ComplaintStatus.CLOSED;
        closedAt = now;
        closedBy = by;
        step(StepKind.CLOSED, null, "", by, now);
    }

    /**
     * Reopens a resolved or closed complaint, with the reason: a new round, its deadlines counted from now; the
     * earlier resolution and confirmation stay on its history.
     */
    void reopen(String reason, StaffId by, Instant now, ComplaintTerms terms) {
        if (status.isUnresolved()) {
            throw new ComplaintRefused("complaint.refused.notResolved", label(status));
        }
        round++;
        roundStartedAt = now;
        respondBy = now.plus(terms.responseTime(severity));
        resolveBy = now.plus(terms.resolutionTime(severity));
        secondLevelAt = resolveBy.plus(terms.responseTime(severity));
        status = ComplaintStatus.IN_PROGRESS;
        resolvedAt = null;
        resolvedBy = null;
        confirmationMethod = null;
        confirmedAt = null;
        confirmationNote = null;
        confirmationBy = null;
        closedAt = null;
        closedBy = null;
        step(StepKind.REOPENED, null, reason, by, now);
    }

    /**
     * Goodwill for the customer. Counting all the complaint's goodwill not refused, within the dealer's limit it is
     * given at once; above it, it waits for a manager, unless whoever gives it may approve it themselves.
     */
    Goodwill giveGoodwill(
            GoodwillKind kind,
            Money amount,
            String description,
            BigDecimal limit,
            StaffId by,
            boolean mayApprove,
            Instant now) {
        refuseIfClosed();
        if (amount.amount().signum() <= 0) {
            throw new InvalidComplaintInput("amount", "complaint.error.goodwillNotPositive");
        }
        Money total = goodwill.stream()
                .filter(g -> g.state() != GoodwillState.REFUSED)
                .map(Goodwill::amount)
                .reduce(amount, Money::plus);
        boolean withinLimit = total.amount().compareTo(limit) <= 0;
        GoodwillState state = withinLimit || mayApprove ? GoodwillState.APPROVED : GoodwillState.AWAITING_APPROVAL;
        Goodwill given = new Goodwill(
                goodwill.size() + 1,
                kind,
                amount,
                description,
                state,
                by,
                now,
                withinLimit ? null : state == GoodwillState.APPROVED ? by : null,
                withinLimit ? null : state == GoodwillState.APPROVED ? now : null);
        goodwill.add(given);
        return given;
    }

    /** A manager approves or refuses goodwill above the limit; a refused one stays on record. */
    void decideGoodwill(int number, boolean approve, StaffId manager, Instant now) {
        refuseIfClosed();
        Goodwill waiting = goodwill.stream()
                .filter(g -> g.number() == number)
                .findFirst()
                .orElseThrow(() -> new ComplaintRefused("complaint.refused.noSuchGoodwill", number));
        if (waiting.state() != GoodwillState.AWAITING_APPROVAL) {
            throw new ComplaintRefused("complaint.refused.goodwillDecided", number);
        }
        goodwill.set(number - 1, waiting.decided(approve, manager, now));
        decidedGoodwill.add(number);
        step(StepKind.GOODWILL_DECIDED, null, (approve ? "+" : "-") + number, manager, now);
    }

    /**
     * The escalation due now and not yet made in this round, if any: level 1 once a deadline passed (no response by
     * the response deadline, or no resolution by the resolution deadline), level 2 once the complaint is still
     * unresolved at {@link #secondLevelAt()}.
     */
    Optional<Escalation> escalationDue(Instant now) {
        if (!status.isUnresolved()) {
            return Optional.empty();
        }
        if (!escalated(1)) {
            if (respondedAt == null && now.isAfter(respondBy)) {
                return Optional.of(new Escalation(round, 1, Deadline.RESPONSE, now));
            }
            if (now.isAfter(resolveBy)) {
                return Optional.of(new Escalation(round, 1, Deadline.RESOLUTION, now));
            }
            return Optional.empty();
        }
        if (!escalated(2) && now.isAfter(secondLevelAt)) {
            return Optional.of(new Escalation(round, 2, Deadline.RESOLUTION, now));
        }
        return Optional.empty();
    }

    private boolean escalated(int level) {
        return escalations.stream().anyMatch(e -> e.round() == round && e.level() == level);
    }

    /** The highest level escalated to in this round; 0 if none. */
    public int escalationLevel() {
        return escalations.stream()
                .filter(e -> e.round() == round)
                .mapToInt(Escalation::level)
                .max()
                .orElse(0);
    }

    /** Unresolved and past a deadline it has not met. */
    public boolean overdue(Instant now) {
        return status.isUnresolved() && ((respondedAt == null && now.isAfter(respondBy)) || now.isAfter(resolveBy));
    }

    public boolean hasGoodwillWaiting() {
        return goodwill.stream().anyMatch(g -> g.state() == GoodwillState.AWAITING_APPROVAL);
    }

    /** The goodwill given and not refused, all kinds together. */
    public Money goodwillGiven() {
        return goodwill.stream()
                .filter(g -> g.state() == GoodwillState.APPROVED)
                .map(Goodwill::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    private void refuseWhileGoodwillWaits() {
        if (hasGoodwillWaiting()) {
            throw new ComplaintRefused("complaint.refused.goodwillWaiting");
        }
    }

    private void refuseIfClosed() {
        if (status == ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("complaint.refused.closed");
        }
    }

    private void step(StepKind kind, @Nullable StaffId staff, String detail, @Nullable StaffId by, Instant now) {
        steps.add(new Step(steps.size() + 1, kind, staff, detail, by, now));
    }

    private static MessageSourceResolvable label(ComplaintStatus status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    List<ContactEntry> newContacts() {
        return contacts.subList(savedContacts, contacts.size());
    }

    List<Step> newSteps() {
        return steps.subList(savedSteps, steps.size());
    }

    List<Goodwill> newGoodwill() {
        return goodwill.subList(savedGoodwill, goodwill.size());
    }

    List<Goodwill> decidedGoodwill() {
        return goodwill.stream()
                .filter(g -> g.number() <= savedGoodwill && decidedGoodwill.contains(g.number()))
                .toList();
    }

    public @Nullable ComplaintId id() {
        return id;
    }

    public ComplaintSource source() {
        return source;
    }

    public ComplaintCategory category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String customerWords() {
        return customerWords;
    }

    public CustomerId customer() {
        return customer;
    }

    public @Nullable VehicleId vehicle() {
        return vehicle;
    }

    public @Nullable RepairOrderId repairOrder() {
        return repairOrder;
    }

    public @Nullable Long surveyResponse() {
        return surveyResponse;
    }

    public @Nullable String surveyDetail() {
        return surveyDetail;
    }

    public @Nullable RepairOrderId deliveryOf() {
        return deliveryOf;
    }

    public @Nullable Integer advisorRating() {
        return advisorRating;
    }

    public @Nullable Integer technicianRating() {
        return technicianRating;
    }

    public @Nullable StaffId owner() {
        return owner;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public @Nullable StaffId openedBy() {
        return openedBy;
    }

    public int round() {
        return round;
    }

    public Instant roundStartedAt() {
        return roundStartedAt;
    }

    public Instant respondBy() {
        return respondBy;
    }

    public Instant resolveBy() {
        return resolveBy;
    }

    public Instant secondLevelAt() {
        return secondLevelAt;
    }

    public @Nullable Instant respondedAt() {
        return respondedAt;
    }

    public @Nullable StaffId respondedBy() {
        return respondedBy;
    }

    public @Nullable String rootCause() {
        return rootCause;
    }

    public @Nullable String correctiveAction() {
        return correctiveAction;
    }

    public @Nullable Instant resolvedAt() {
        return resolvedAt;
    }

    public @Nullable StaffId resolvedBy() {
        return resolvedBy;
    }

    public @Nullable ConfirmationMethod confirmationMethod() {
        return confirmationMethod;
    }

    public @Nullable Instant confirmedAt() {
        return confirmedAt;
    }

    public @Nullable String confirmationNote() {
        return confirmationNote;
    }

    public @Nullable StaffId confirmationBy() {
        return confirmationBy;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable StaffId closedBy() {
        return closedBy;
    }

    public int version() {
        return version;
    }

    public @Nullable StaffId changedBy() {
        return changedBy;
    }

    public @Nullable Instant changedAt() {
        return changedAt;
    }

    public List<ContactEntry> contacts() {
        return List.copyOf(contacts);
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public List<Goodwill> goodwill() {
        return List.copyOf(goodwill);
    }

    public List<Escalation> escalations() {
        return escalations;
    }
}

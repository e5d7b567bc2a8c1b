package shinrai.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/**
 * The follow-up call (回访) after one delivered repair order. It decides its own course: due from the dealer's
 * earliest day after delivery, late after its latest; an unanswered call is tried again at spaced times until the
 * dealer's number of tries is used up; a closed task takes no more calls. A customer who prefers a time of day is
 * called in it, when the dealer's agents call then.
 */
public final class FollowUpCall {

    private final @Nullable FollowUpCallId id;
    private final RepairOrderId repairOrder;
    private final String repairOrderNumber;
    private final CustomerId customer;
    private final VehicleId vehicle;
    private final StaffId advisor;
    private final @Nullable Integer advisorRating;
    private final @Nullable Integer technicianRating;
    private final Instant deliveredAt;
    private final Instant dueAt;
    private final Instant overdueAt;
    private Instant nextCallAt;
    private @Nullable StaffId assignedTo;
    private CallStatus status;
    private final @Nullable NoCallReason reason;
    private final ContactTime preferredTime;
    private final List<CallAttempt> attempts;
    private @Nullable Instant closedAt;
    private @Nullable StaffId closedBy;
    private final Instant createdAt;
    private final int version;
    private final @Nullable StaffId changedBy;
    private final @Nullable Instant changedAt;
    private final int savedAttempts;

    FollowUpCall(
            @Nullable FollowUpCallId id,
            RepairOrderId repairOrder,
            String repairOrderNumber,
            CustomerId customer,
            VehicleId vehicle,
            StaffId advisor,
            @Nullable Integer advisorRating,
            @Nullable Integer technicianRating,
            Instant deliveredAt,
            Instant dueAt,
            Instant overdueAt,
            Instant nextCallAt,
            @Nullable StaffId assignedTo,
            CallStatus status,
            @Nullable NoCallReason reason,
            ContactTime preferredTime,
            List<CallAttempt> attempts,
            @Nullable Instant closedAt,
            @Nullable StaffId closedBy,
            Instant createdAt,
            int version,
            @Nullable StaffId changedBy,
            @Nullable Instant changedAt) {
        this.id = id;
        this.repairOrder = repairOrder;
        this.repairOrderNumber = repairOrderNumber;
        this.customer = customer;
        this.vehicle = vehicle;
        this.advisor = advisor;
        this.advisorRating = advisorRating;
        this.technicianRating = technicianRating;
        this.deliveredAt = deliveredAt;
        this.dueAt = dueAt;
        this.overdueAt = overdueAt;
        this.nextCallAt = nextCallAt;
        this.assignedTo = assignedTo;
        this.status = status;
        this.reason = reason;
        this.preferredTime = preferredTime;
        this.attempts = new ArrayList<>(attempts);
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.createdAt = createdAt;
        this.version = version;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.savedAttempts = attempts.size();
    }

    /**
     * The task for an order just delivered: due at the opening of the dealer's earliest day after delivery, late
     * after the close of its latest day (both in the dealer's time zone). A customer who prefers a time of day is due
     * at the start of its part of the calling hours that day instead (14:00 for the afternoon); one whose time the
     * agents do not call in (evenings, at a dealer that closes at six) is due in the calling hours, the preference
     * kept on the task for the agent to see. A customer who withdrew phone consent is not called: the task is closed
     * at once with the reason.
     */
    static FollowUpCall afterDelivery(
            RepairOrderId repairOrder,
            String number,
            CustomerId customer,
            VehicleId vehicle,
            StaffId advisor,
            @Nullable Integer advisorRating,
            @Nullable Integer technicianRating,
            Instant deliveredAt,
            CallTerms terms,
            CallHours hours,
            ContactTime preferredTime,
            @Nullable StaffId agent,
            @Nullable NoCallReason notCalled,
            Instant now) {
        Optional<CallHours> window =
                preferredTime == ContactTime.ANY ? Optional.empty() : hours.honouring(preferredTime);
        LocalDate delivered = hours.dayOf(deliveredAt);
        Instant due = window.orElse(hours).opening(delivered.plusDays(terms.earliestDay()));
        Instant overdue = hours.closing(delivered.plusDays(terms.latestDay()));
        if (due.isBefore(deliveredAt)) {
            // due the day of delivery (earliest day 0): from the moment the car left, or the customer's next window
            due = window.map(w -> w.within(deliveredAt)).orElse(deliveredAt);
        }
        if (overdue.isBefore(due)) {
            overdue = due;
        }
        CallStatus status = notCalled == null
                ? CallStatus.OPEN
                : notCalled == NoCallReason.PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS
                        ? CallStatus.SMS_SURVEY_PENDING
                        : CallStatus.NOT_CALLED;
        return new FollowUpCall(
                null,
                repairOrder,
                number,
                customer,
                vehicle,
                advisor,
                advisorRating,
                technicianRating,
                deliveredAt,
                due,
                overdue,
                due,
                notCalled == null ? agent : null,
                status,
                notCalled,
                preferredTime,
                List.of(),
                notCalled == null ? null : now,
                null,
                now,
                0,
                null,
                null);
    }

    /**
     * Records what came of a call. Reached, refused and wrong number close the task; an unanswered call is tried
     * again after a growing wait (within the dealer's calling hours, and within the customer's preferred time of day
     * when the agents call then) until the dealer's number of tries is used up, and then the task is closed as
     * unreachable. A closed task takes no more calls.
     */
    void record(CallOutcome outcome, String note, StaffId by, Instant now, CallTerms terms, CallHours hours) {
        if (status.isClosed()) {
            throw new CallRefused("followUp.refused.closed", label(status));
        }
        attempts.add(new CallAttempt(attempts.size() + 1, outcome, note, by, now));
        switch (outcome) {
            case REACHED -> close(CallStatus.REACHED, by, now);
            case REFUSED -> close(CallStatus.REFUSED, by, now);
            case WRONG_NUMBER -> close(CallStatus.WRONG_NUMBER, by, now);
            case NOT_REACHED -> {
                int unanswered = unanswered();
                if (unanswered >= terms.maxAttempts()) {
                    close(CallStatus.UNREACHABLE, by, now);
                } else {
                    nextCallAt = hours.keepingTo(preferredTime).within(now.plus(CallTerms.waitAfter(unanswered)));
                }
            }
        }
    }

    /** Gives the open task to another agent, or to nobody (the manager's pile). */
    void reassign(@Nullable StaffId agent) {
        if (status.isClosed()) {
            throw new CallRefused("followUp.refused.closedNotReassigned", label(status));
        }
        assignedTo = agent;
    }

    /** The status as the refusal names it, in the reader's language. */
    private static org.springframework.context.MessageSourceResolvable label(CallStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(status.messageKey());
    }

    private void close(CallStatus closing, StaffId by, Instant now) {
        status = closing;
        closedAt = now;
        closedBy = by;
    }

    /** Calls nobody answered so far. */
    public int unanswered() {
        return (int) attempts.stream()
                .filter(a -> a.outcome() == CallOutcome.NOT_REACHED)
                .count();
    }

    /** Open and past the close of the dealer's latest day. */
    public boolean overdue(Instant now) {
        return status == CallStatus.OPEN && now.isAfter(overdueAt);
    }

    /** Open and its time has come (due, or the next try's time reached). */
    public boolean toCallNow(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(nextCallAt);
    }

    List<CallAttempt> newAttempts() {
        return attempts.subList(savedAttempts, attempts.size());
    }

    public @Nullable FollowUpCallId id() {
        return id;
    }

    public RepairOrderId repairOrder() {
        return repairOrder;
    }

    public String repairOrderNumber() {
        return repairOrderNumber;
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

    public @Nullable Integer advisorRating() {
        return advisorRating;
    }

    public @Nullable Integer technicianRating() {
        return technicianRating;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant nextCallAt() {
        return nextCallAt;
    }

    public @Nullable StaffId assignedTo() {
        return assignedTo;
    }

    public CallStatus status() {
        return status;
    }

    public @Nullable NoCallReason reason() {
        return reason;
    }

    /** When in the day the customer preferred to be called when the order was delivered; the task keeps to it. */
    public ContactTime preferredTime() {
        return preferredTime;
    }

    public List<CallAttempt> attempts() {
        return List.copyOf(attempts);
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable StaffId closedBy() {
        return closedBy;
    }

    public Instant createdAt() {
        return createdAt;
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
}

package shinrai.followup.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.followup.CallAttempt;
import shinrai.followup.CallOutcome;
import shinrai.followup.CallStatus;
import shinrai.followup.FollowUpCall;
import shinrai.followup.NoCallReason;
import shinrai.vehicle.Vehicle;

/**
 * A follow-up call as the API shows it in lists.
 *
 * @param nextCallAt when to call: the due time, or the time of the next try after an unanswered call
 * @param overdueAt the call is late after this moment
 * @param overdue open and past {@code overdueAt} now
 * @param reason why the customer is not called, for {@code SMS_SURVEY_PENDING} and {@code NOT_CALLED}
 * @param preferredContactTime when in the day the customer preferred to be called at delivery; the due time and each
 *     next try keep to it when the dealer calls then
 * @param version name it when recording a call or reassigning
 */
record FollowUpView(
        long id,
        long repairOrderId,
        String repairOrderNumber,
        long customerId,
        String customerName,
        long vehicleId,
        String vehicle,
        @Nullable Integer advisorRating,
        @Nullable Integer technicianRating,
        Instant deliveredAt,
        Instant dueAt,
        Instant overdueAt,
        Instant nextCallAt,
        boolean overdue,
        @Nullable Long assignedTo,
        @Nullable String assignedToName,
        CallStatus status,
        @Nullable NoCallReason reason,
        ContactTime preferredContactTime,
        int unansweredCalls,
        List<Attempt> calls,
        int version) {

    /** One call made: what came of it, the agent's note, who called and when. */
    record Attempt(int number, CallOutcome outcome, String note, long recordedBy, Instant recordedAt) {}

    static FollowUpView of(
            FollowUpCall call,
            Map<Long, Customer> customers,
            Map<Long, Vehicle> vehicles,
            Map<Long, String> staff,
            Instant now) {
        Customer customer = customers.get(call.customer().value());
        Vehicle vehicle = vehicles.get(call.vehicle().value());
        Long agent = call.assignedTo() == null ? null : call.assignedTo().value();
        return new FollowUpView(
                java.util.Objects.requireNonNull(call.id()).value(),
                call.repairOrder().value(),
                call.repairOrderNumber(),
                call.customer().value(),
                customer == null ? "" : customer.name(),
                call.vehicle().value(),
                vehicle == null ? "" : vehicle.label() + " " + vehicle.description(),
                call.advisorRating(),
                call.technicianRating(),
                call.deliveredAt(),
                call.dueAt(),
                call.overdueAt(),
                call.nextCallAt(),
                call.overdue(now),
                agent,
                agent == null ? null : staff.getOrDefault(agent, ""),
                call.status(),
                call.reason(),
                call.preferredTime(),
                call.unanswered(),
                call.attempts().stream().map(FollowUpView::attempt).toList(),
                call.version());
    }

    private static Attempt attempt(CallAttempt a) {
        return new Attempt(a.number(), a.outcome(), a.note(), a.recordedBy().value(), a.recordedAt());
    }
}

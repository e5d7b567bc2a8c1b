package shinrai.followup;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.workshop.RepairOrderId;

/**
 * An agent recorded what came of a follow-up call. Surveys hang their answers on a reached call (the task and the
 * call's number), and a dissatisfied answer or a refusal is where the complaints module will open a case.
 *
 * @param attempt the call's number on its task, from 1
 * @param status where the task stands after it (closed as reached, unreachable, ..., or still open)
 */
public record CallRecorded(
        long dealerId,
        FollowUpCallId call,
        int attempt,
        RepairOrderId repairOrder,
        CustomerId customer,
        CallOutcome outcome,
        CallStatus status,
        String note,
        StaffId agent,
        Instant at) {}

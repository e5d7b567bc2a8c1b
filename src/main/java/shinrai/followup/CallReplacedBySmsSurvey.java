package shinrai.followup;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.workshop.RepairOrderId;

/**
 * A delivered order's customer is not called (phone consent withdrawn) but allows SMS: the survey goes to them by SMS
 * instead. Published in the delivery's transaction when the task is opened, so the survey module queues the SMS with
 * the link to its public page in that same transaction.
 */
public record CallReplacedBySmsSurvey(
        long dealerId,
        FollowUpCallId call,
        RepairOrderId repairOrder,
        String repairOrderNumber,
        CustomerId customer,
        StaffId advisor,
        Instant deliveredAt) {}

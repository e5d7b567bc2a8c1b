package shinrai.workshop;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.shared.Money;

/** The customer agreed to an estimate or a supplement; declined lines are kept on the order. */
public record WorkApproved(
        long dealerId,
        RepairOrderId repairOrder,
        CustomerId customer,
        int approval,
        CustomerApproval.Method method,
        Money approvedAmount,
        int declinedLines,
        boolean supplement,
        Instant at) {}

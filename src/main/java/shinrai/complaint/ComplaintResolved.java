package shinrai.complaint;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/** Root cause and corrective action were recorded; the complaint waits for the customer's confirmation. */
public record ComplaintResolved(
        long dealerId, ComplaintId complaint, CustomerId customer, int round, StaffId by, Instant at) {}

package shinrai.complaint;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/** A complaint was closed with the customer's confirmation. */
public record ComplaintClosed(
        long dealerId,
        ComplaintId complaint,
        CustomerId customer,
        int round,
        ConfirmationMethod confirmedBy,
        StaffId by,
        Instant at) {}

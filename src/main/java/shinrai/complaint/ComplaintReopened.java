package shinrai.complaint;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/** A resolved or closed complaint was reopened, with the reason; its new round has new deadlines. */
public record ComplaintReopened(
        long dealerId, ComplaintId complaint, CustomerId customer, int round, String reason, StaffId by, Instant at) {}

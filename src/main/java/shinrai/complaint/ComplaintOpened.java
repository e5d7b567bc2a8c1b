package shinrai.complaint;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.workshop.RepairOrderId;

/** A complaint was opened, by staff or by the dealer's dissatisfaction rule ({@code openedBy} {@code null}). */
public record ComplaintOpened(
        long dealerId,
        ComplaintId complaint,
        CustomerId customer,
        @Nullable RepairOrderId repairOrder,
        ComplaintSource source,
        ComplaintCategory category,
        Severity severity,
        @Nullable StaffId owner,
        @Nullable StaffId openedBy,
        Instant at) {}

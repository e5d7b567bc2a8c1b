package shinrai.retention;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/**
 * A customer on one of the month's lists, with what put them there and, once taken in hand, its owner and result.
 *
 * @param subject what put the customer on the list, as {@code call:12} (a follow-up call task) or {@code order:34}
 *     (the repair order of their last visit): with the month, the list and the customer it names the entry
 * @param reasonKey message key of why, with {@code reasonArguments}
 * @param at when it happened: the delivery the call or rating was about, or the last visit
 * @param version the entry's version once someone took it in hand; {@code null} before
 */
public record ListEntry(
        ListKind kind,
        CustomerId customer,
        String customerName,
        String subject,
        String reasonKey,
        List<Object> reasonArguments,
        Instant at,
        String repairOrderNumber,
        String advisorName,
        @Nullable StaffId owner,
        String ownerName,
        @Nullable ListResult result,
        String note,
        @Nullable Integer version) {

    public ListEntry {
        reasonArguments = List.copyOf(reasonArguments);
    }

    public boolean takenInHand() {
        return version != null;
    }
}

package shinrai.complaint;

import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/**
 * Which of the dealer's complaints a list shows.
 *
 * @param view the list's scope: the reader's own, the open ones, the overdue, the escalated, the unassigned, all
 * @param owner complaints of this owner (with the views but {@code MINE})
 */
public record ComplaintFilter(
        View view,
        @Nullable ComplaintStatus status,
        @Nullable Severity severity,
        @Nullable ComplaintCategory category,
        @Nullable ComplaintSource source,
        @Nullable StaffId owner,
        @Nullable CustomerId customer) {

    public static ComplaintFilter of(View view) {
        return new ComplaintFilter(view, null, null, null, null, null, null);
    }

    /** The lists a handler and a manager pick from. */
    public enum View {
        /** Unclosed complaints the reader owns. */
        MINE,
        /** Not yet closed. */
        OPEN,
        /** Unresolved and past a deadline. */
        OVERDUE,
        /** Escalated in their current round and unresolved. */
        ESCALATED,
        /** Not closed and without an owner. */
        UNASSIGNED,
        ALL;

        public String messageKey() {
            return "complaint.view." + name();
        }
    }
}

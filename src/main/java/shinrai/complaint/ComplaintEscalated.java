package shinrai.complaint;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/**
 * A complaint missed a deadline and was escalated: level 1 to the service managers, level 2 to the general manager
 * (the dealer admins where the dealer has none). Published once per level and round, in the escalation's transaction.
 *
 * @param to the staff the level goes to: the dealer's active holders of the level's role
 * @param owner who owns the complaint, if anyone: told of level 1 too
 */
public record ComplaintEscalated(
        long dealerId,
        ComplaintId complaint,
        CustomerId customer,
        int round,
        int level,
        Deadline missed,
        List<StaffId> to,
        @Nullable StaffId owner,
        Instant at) {

    public ComplaintEscalated {
        to = List.copyOf(to);
    }
}

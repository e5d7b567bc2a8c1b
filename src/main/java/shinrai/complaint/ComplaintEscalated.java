package shinrai.complaint;

import java.time.Instant;
import java.util.List;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;

/**
 * A complaint missed a deadline and was escalated: level 1 to the service managers, level 2 to the general manager
 * (the dealer admins). Published once per level and round.
 *
 * @param to the staff told: the dealer's active holders of the level's role
 */
public record ComplaintEscalated(
        long dealerId,
        ComplaintId complaint,
        CustomerId customer,
        int round,
        int level,
        Deadline missed,
        List<StaffId> to,
        Instant at) {

    public ComplaintEscalated {
        to = List.copyOf(to);
    }
}

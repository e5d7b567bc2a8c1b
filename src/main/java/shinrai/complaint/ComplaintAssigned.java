package shinrai.complaint;

import java.time.Instant;
import shinrai.dealer.StaffId;

/** The complaint was given to a new owner (by a manager, or taken by a handler). */
public record ComplaintAssigned(long dealerId, ComplaintId complaint, StaffId owner, StaffId by, Instant at) {}

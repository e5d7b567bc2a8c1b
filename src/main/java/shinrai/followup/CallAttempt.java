package shinrai.followup;

import java.time.Instant;
import shinrai.dealer.StaffId;

/** One call made on a task: what came of it, the agent's note, who called and when. */
public record CallAttempt(int number, CallOutcome outcome, String note, StaffId recordedBy, Instant recordedAt) {}

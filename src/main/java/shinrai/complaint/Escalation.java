package shinrai.complaint;

import java.time.Instant;

/**
 * A complaint escalated: level 1 to the service manager, level 2 to the general manager, once each per round (a
 * reopened complaint starts a new round).
 */
public record Escalation(int round, int level, Deadline missed, Instant at) {

    public String messageKey() {
        return level == 1 ? "complaint.escalation.level1" : "complaint.escalation.level2";
    }
}

package shinrai.followup;

import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * One agent's load as the manager sees it; the agent is {@code null} for the calls given to nobody.
 *
 * @param open open tasks given to the agent
 * @param overdue of those, the ones past their latest day
 * @param closedToday tasks the agent closed today (the dealer's day)
 * @param callsToday calls the agent recorded today, answered or not
 */
public record AgentLoad(
        @Nullable StaffId agent, String name, boolean active, int open, int overdue, int closedToday, int callsToday) {}

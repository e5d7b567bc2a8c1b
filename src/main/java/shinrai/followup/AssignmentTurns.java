package shinrai.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;

/**
 * Hands calls to the dealer's customer-relations agents in turn. The dealer's turn row remembers the last agent given
 * one; taking the next turn locks that row until the transaction ends, so deliveries at the same moment take turns
 * instead of both going to the same agent. An agent who left or joined is simply skipped or met in id order.
 */
@Component
class AssignmentTurns {

    private final JdbcClient jdbc;

    AssignmentTurns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next agent after the last one given a call, among these (the dealer's active agents); none without any. */
    Optional<StaffId> next(List<StaffId> agents) {
        if (agents.isEmpty()) {
            return Optional.empty();
        }
        List<Long> ids = agents.stream().map(StaffId::value).sorted().toList();
        // one statement: the row made for the dealer's first call (locked by the insert), or locked and moved on to
        // the agent after the last one, round to the first when the last was the highest or left
        long next = jdbc.sql("""
                        INSERT INTO followup.assignment_turn AS turn (dealer_id, last_agent_id) VALUES (:dealer, :first)
                        ON CONFLICT (dealer_id) DO UPDATE SET last_agent_id = coalesce(
                            (SELECT min(agent) FROM unnest(ARRAY[:agents]::bigint[]) agent
                             WHERE agent > turn.last_agent_id), :first)
                        RETURNING last_agent_id""")
                .param("dealer", DealerScope.currentDealer())
                .param("first", ids.get(0))
                .param("agents", ids)
                .query(Long.class)
                .single();
        return Optional.of(new StaffId(next));
    }
}

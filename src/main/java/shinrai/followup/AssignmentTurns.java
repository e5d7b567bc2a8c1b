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
        long dealer = DealerScope.currentDealer();
        // the row is created the first time (locked by the insert), or locked as it is
        jdbc.sql("""
                        INSERT INTO followup.assignment_turn (dealer_id, last_agent_id) VALUES (:dealer, 0)
                        ON CONFLICT (dealer_id) DO NOTHING""").param("dealer", dealer).update();
        long last = jdbc.sql("SELECT last_agent_id FROM followup.assignment_turn WHERE dealer_id = :dealer FOR UPDATE")
                .param("dealer", dealer)
                .query(Long.class)
                .single();
        long next = ids.stream().filter(id -> id > last).findFirst().orElse(ids.get(0));
        jdbc.sql("UPDATE followup.assignment_turn SET last_agent_id = :next WHERE dealer_id = :dealer")
                .param("next", next)
                .param("dealer", dealer)
                .update();
        return Optional.of(new StaffId(next));
    }
}

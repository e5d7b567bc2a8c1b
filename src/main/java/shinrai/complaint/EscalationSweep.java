package shinrai.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/**
 * Every few minutes, escalates the complaints whose deadline passed: to the service manager first, to the general
 * manager when still unresolved later. One owner query finds the candidates across dealers (a partial index holds
 * only unresolved complaints); each is then escalated in its own dealer's scope and its own transaction, through the
 * complaint's own rule. Each level of each round is made once: the escalation's key lets a second sweep, or the
 * same sweep run again, insert nothing and announce nothing.
 */
@Component
class EscalationSweep {

    private static final Logger log = LoggerFactory.getLogger(EscalationSweep.class);

    private final JdbcClient owner;
    private final ComplaintDesk desk;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EscalationSweep(
            @SchemaOwner DataSource ownerDataSource,
            ComplaintDesk desk,
            TransactionTemplate transactions,
            Clock clock) {
        this.owner = JdbcClient.create(ownerDataSource);
        this.desk = desk;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Answers how many escalations this run made. */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    int escalateOverdueComplaints() {
        List<long[]> due = owner.sql("""
                        SELECT c.dealer_id, c.id FROM complaint.complaint c
                        WHERE c.status IN ('OPEN', 'IN_PROGRESS')
                          AND ((c.responded_at IS NULL AND c.respond_by < :now) OR c.resolve_by < :now)
                          AND NOT EXISTS (SELECT 1 FROM complaint.escalation e
                                          WHERE e.dealer_id = c.dealer_id AND e.complaint_id = c.id
                                            AND e.round = c.round
                                            AND e.level = CASE WHEN c.second_level_at < :now THEN 2 ELSE 1 END)
                        ORDER BY c.dealer_id, c.resolve_by""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        int made = 0;
        for (long[] complaint : due) {
            // level 1 and then level 2, when a sweep finds both due (the application was down for a while)
            for (int level = 0; level < 2; level++) {
                boolean escalated = DealerScope.systemFor(complaint[0])
                        .call(() -> transactions.execute(status -> desk.escalateIfDue(new ComplaintId(complaint[1]))
                                .isPresent()));
                if (!escalated) {
                    break;
                }
                made++;
                log.info("Complaint {} of dealer {} escalated", complaint[1], complaint[0]);
            }
        }
        return made;
    }
}

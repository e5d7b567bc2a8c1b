package shinrai.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/** The signed-in dealer's terms for follow-up calls: read when a task is made and a call recorded, set by the manager. */
@Service
@Transactional
public class FollowUpSettings {

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The dealer's terms, or the defaults while it has set none. */
    @Transactional(readOnly = true)
    public CallTerms terms() {
        return jdbc.sql("""
                        SELECT earliest_day, latest_day, max_attempts, script FROM followup.call_settings
                        WHERE dealer_id = :dealer""")
                .param("dealer", DealerScope.currentDealer())
                .query((rs, n) -> new CallTerms(
                        rs.getInt("earliest_day"),
                        rs.getInt("latest_day"),
                        rs.getInt("max_attempts"),
                        rs.getString("script")))
                .optional()
                .orElse(CallTerms.DEFAULT);
    }

    /** Sets the terms, each checked against its range; a blank script goes back to the default. */
    public CallTerms change(CallTerms terms) {
        CallTerms checked = new CallTerms(
                terms.earliestDay(),
                terms.latestDay(),
                terms.maxAttempts(),
                terms.script() == null || terms.script().isBlank()
                        ? null
                        : terms.script().strip());
        checked.check();
        Long user = Objects.requireNonNull(DealerScope.current().userId(), "terms are set by a signed-in user");
        jdbc.sql("""
                        INSERT INTO followup.call_settings (dealer_id, earliest_day, latest_day, max_attempts, script,
                            set_by, set_at)
                        VALUES (:dealer, :earliest, :latest, :attempts, :script, :by, :at)
                        ON CONFLICT (dealer_id) DO UPDATE SET earliest_day = excluded.earliest_day,
                            latest_day = excluded.latest_day, max_attempts = excluded.max_attempts,
                            script = excluded.script, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("earliest", checked.earliestDay())
                .param("latest", checked.latestDay())
                .param("attempts", checked.maxAttempts())
                .param("script", checked.script(), java.sql.Types.VARCHAR)
                .param("by", user)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return checked;
    }
}

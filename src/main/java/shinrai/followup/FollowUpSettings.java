package shinrai.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.DealerScope;

/**
 * The signed-in dealer's terms for follow-up calls: read when a task is made and a call recorded, set by the manager.
 * Every delivery reads them, only the manager changes them: each instance remembers a dealer's terms and forgets them
 * as soon as the database announces a change (trigger {@code announce_terms_change}, channel {@value #CHANNEL}).
 */
@Service
@Transactional
public class FollowUpSettings {

    static final String CHANNEL = "follow_up_terms_changed";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RememberedRows<Long, CallTerms> remembered;

    FollowUpSettings(JdbcClient jdbc, Clock clock, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.remembered = RememberedRows.perDealer(notifications, CHANNEL, Duration.ofMinutes(5), 100_000);
    }

    /** The dealer's terms, or the defaults while it has set none. */
    @Transactional(readOnly = true)
    public CallTerms terms() {
        return remembered.get(DealerScope.currentDealer(), this::stored).orElseThrow();
    }

    private java.util.Optional<CallTerms> stored(long dealer) {
        CallTerms terms = jdbc.sql("""
                        SELECT earliest_day, latest_day, max_attempts, script FROM followup.call_settings
                        WHERE dealer_id = :dealer""")
                .param("dealer", dealer)
                .query((rs, n) -> new CallTerms(
                        rs.getInt("earliest_day"),
                        rs.getInt("latest_day"),
                        rs.getInt("max_attempts"),
                        rs.getString("script")))
                .optional()
                .orElse(CallTerms.DEFAULT);
        return java.util.Optional.of(terms);
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
        remembered.forgetAfterTransaction(DealerScope.currentDealer());
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

package shinrai.complaint;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.DealerScope;

/**
 * The signed-in dealer's terms for complaints: read by every delivery and every survey answer (the dissatisfaction
 * rule) and by every complaint opened, set by the manager. Each instance remembers a dealer's terms and forgets them
 * as soon as the database announces a change (trigger {@code announce_terms_change}, channel {@value #CHANNEL}).
 */
@Service
@Transactional
public class ComplaintSettings {

    static final String CHANNEL = "complaint_terms_changed";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RememberedRows<Long, ComplaintTerms> remembered;

    ComplaintSettings(JdbcClient jdbc, Clock clock, DatabaseNotifications notifications) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.remembered = RememberedRows.perDealer(notifications, CHANNEL, Duration.ofMinutes(5), 100_000);
    }

    /** The dealer's terms, or the defaults while it has set none. */
    @Transactional(readOnly = true)
    public ComplaintTerms terms() {
        return remembered.get(DealerScope.currentDealer(), this::stored).orElseThrow();
    }

    private Optional<ComplaintTerms> stored(long dealer) {
        return Optional.of(jdbc.sql("SELECT * FROM complaint.settings WHERE dealer_id = :dealer")
                .param("dealer", dealer)
                .query((rs, n) -> new ComplaintTerms(
                        rs.getInt("critical_response_hours"),
                        rs.getInt("critical_resolution_hours"),
                        rs.getInt("high_response_hours"),
                        rs.getInt("high_resolution_hours"),
                        rs.getInt("medium_response_hours"),
                        rs.getInt("medium_resolution_hours"),
                        rs.getInt("low_response_hours"),
                        rs.getInt("low_resolution_hours"),
                        rs.getBigDecimal("goodwill_limit"),
                        rs.getObject("satisfaction_at_most", Integer.class),
                        ComplaintTerms.choicesOf(rs.getString("choices")),
                        rs.getObject("rating_at_most", Integer.class)))
                .optional()
                .orElse(ComplaintTerms.DEFAULT));
    }

    /** Sets the terms, each checked against its range. */
    public ComplaintTerms change(ComplaintTerms terms) {
        terms.check();
        Long user = Objects.requireNonNull(DealerScope.current().userId(), "terms are set by a signed-in user");
        remembered.forgetAfterTransaction(DealerScope.currentDealer());
        jdbc.sql("""
                        INSERT INTO complaint.settings (dealer_id, critical_response_hours, critical_resolution_hours,
                            high_response_hours, high_resolution_hours, medium_response_hours,
                            medium_resolution_hours, low_response_hours, low_resolution_hours, goodwill_limit,
                            satisfaction_at_most, choices, rating_at_most, set_by, set_at)
                        VALUES (:dealer, :cr, :cx, :hr, :hx, :mr, :mx, :lr, :lx, :limit, :satisfaction, :choices,
                            :rating, :by, :at)
                        ON CONFLICT (dealer_id) DO UPDATE SET
                            critical_response_hours = excluded.critical_response_hours,
                            critical_resolution_hours = excluded.critical_resolution_hours,
                            high_response_hours = excluded.high_response_hours,
                            high_resolution_hours = excluded.high_resolution_hours,
                            medium_response_hours = excluded.medium_response_hours,
                            medium_resolution_hours = excluded.medium_resolution_hours,
                            low_response_hours = excluded.low_response_hours,
                            low_resolution_hours = excluded.low_resolution_hours,
                            goodwill_limit = excluded.goodwill_limit,
                            satisfaction_at_most = excluded.satisfaction_at_most, choices = excluded.choices,
                            rating_at_most = excluded.rating_at_most, set_by = excluded.set_by,
                            set_at = excluded.set_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("cr", terms.criticalResponseHours())
                .param("cx", terms.criticalResolutionHours())
                .param("hr", terms.highResponseHours())
                .param("hx", terms.highResolutionHours())
                .param("mr", terms.mediumResponseHours())
                .param("mx", terms.mediumResolutionHours())
                .param("lr", terms.lowResponseHours())
                .param("lx", terms.lowResolutionHours())
                .param("limit", terms.goodwillLimit())
                .param("satisfaction", terms.satisfactionAtMost(), Types.INTEGER)
                .param("choices", terms.choicesText())
                .param("rating", terms.ratingAtMost(), Types.INTEGER)
                .param("by", user)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return terms;
    }
}

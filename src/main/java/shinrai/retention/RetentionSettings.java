package shinrai.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/** After how many months without a visit the signed-in dealer counts a customer lost. */
@Service
@Transactional
public class RetentionSettings {

    public static final int DEFAULT_LOST_AFTER_MONTHS = 12;
    public static final int FEWEST_MONTHS = 3;
    public static final int MOST_MONTHS = 36;

    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionSettings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public int lostAfterMonths() {
        return jdbc.sql("SELECT lost_after_months FROM retention.settings WHERE dealer_id = :dealer")
                .param("dealer", DealerScope.currentDealer())
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_LOST_AFTER_MONTHS);
    }

    public void changeLostAfterMonths(int months) {
        if (months < FEWEST_MONTHS || months > MOST_MONTHS) {
            throw new InvalidListInput("lostAfterMonths", "retention.error.months", FEWEST_MONTHS, MOST_MONTHS);
        }
        long user = Objects.requireNonNull(DealerScope.current().userId(), "set by a signed-in user");
        jdbc.sql("""
                        INSERT INTO retention.settings (dealer_id, lost_after_months, set_by, set_at)
                        VALUES (:dealer, :months, :by, :at)
                        ON CONFLICT (dealer_id) DO UPDATE SET lost_after_months = excluded.lost_after_months,
                            set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("months", months)
                .param("by", user)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}

package shinrai.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;

/** The dealer's monthly targets, one row per month, set again as often as the manager likes. */
@Service
@Transactional
public class MonthlyTargets {

    private final JdbcClient jdbc;
    private final Clock clock;

    MonthlyTargets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MonthlyTarget of(YearMonth month) {
        return jdbc.sql("""
                        SELECT cars_in, labour_revenue, parts_revenue, sublet_revenue, hours_sold, promises_kept_percent
                        FROM report.monthly_target WHERE dealer_id = :dealer AND month = :month
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("month", month.atDay(1))
                .query((rs, n) -> new MonthlyTarget(
                        month,
                        (Integer) rs.getObject("cars_in"),
                        money(rs.getBigDecimal("labour_revenue")),
                        money(rs.getBigDecimal("parts_revenue")),
                        money(rs.getBigDecimal("sublet_revenue")),
                        rs.getBigDecimal("hours_sold"),
                        rs.getBigDecimal("promises_kept_percent")))
                .optional()
                .orElseGet(() -> MonthlyTarget.none(month));
    }

    /** Sets the month's targets, replacing what was set before; the signed-in user is recorded as who set them. */
    public void set(MonthlyTarget target) {
        Long user = Objects.requireNonNull(DealerScope.current().userId(), "targets are set by a signed-in user");
        jdbc.sql("""
                        INSERT INTO report.monthly_target (dealer_id, month, cars_in, labour_revenue, parts_revenue,
                            sublet_revenue, hours_sold, promises_kept_percent, set_by, set_at)
                        VALUES (:dealer, :month, :carsIn, :labour, :parts, :sublet, :hours, :kept, :user, :now)
                        ON CONFLICT (dealer_id, month) DO UPDATE SET cars_in = excluded.cars_in,
                            labour_revenue = excluded.labour_revenue, parts_revenue = excluded.parts_revenue,
                            sublet_revenue = excluded.sublet_revenue, hours_sold = excluded.hours_sold,
                            promises_kept_percent = excluded.promises_kept_percent, set_by = excluded.set_by,
                            set_at = excluded.set_at
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("month", target.month().atDay(1), java.sql.Types.DATE)
                .param("carsIn", target.carsIn(), java.sql.Types.INTEGER)
                .param("labour", amount(target.labourRevenue()), java.sql.Types.NUMERIC)
                .param("parts", amount(target.partsRevenue()), java.sql.Types.NUMERIC)
                .param("sublet", amount(target.subletRevenue()), java.sql.Types.NUMERIC)
                .param("hours", target.hoursSold(), java.sql.Types.NUMERIC)
                .param("kept", target.promisesKeptPercent(), java.sql.Types.NUMERIC)
                .param("user", user)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static @Nullable Money money(@Nullable BigDecimal amount) {
        return amount == null ? null : Money.of(amount);
    }

    private static @Nullable BigDecimal amount(@Nullable Money money) {
        return money == null ? null : money.amount();
    }
}

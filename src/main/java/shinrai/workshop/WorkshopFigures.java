package shinrai.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;

/**
 * The workshop's figures for a range of the dealer's days, for reports: two set-based queries, one grouped by
 * advisor and one by technician, each reading the range through an index that leads with the dealer.
 *
 * <p>Revenue is booked when the car is delivered: the approved lines of the orders delivered in the range (settled
 * later or not), at every payer, each line's amount rounded to the fen as on the bill, less the discounts approved on
 * them. Hours sold are the standard
 * hours of those orders' approved labour lines; hours clocked are the time entries started in the range, whichever
 * order they were for.
 */
@Service
@Transactional(readOnly = true)
public class WorkshopFigures {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private final JdbcClient jdbc;
    private final DealerDirectory dealers;

    WorkshopFigures(JdbcClient jdbc, DealerDirectory dealers) {
        this.jdbc = jdbc;
        this.dealers = dealers;
    }

    /** Each advisor's orders opened and delivered from {@code first} to {@code last}, both included. */
    public List<ByAdvisor> byAdvisor(LocalDate first, LocalDate last) {
        ZoneId zone = dealers.current().zone();
        return jdbc.sql("""
                        WITH delivered AS (
                            SELECT id, advisor_id, promised_at, delivered_at
                            FROM workshop.repair_order
                            WHERE dealer_id = :dealer AND delivered_at >= :from AND delivered_at < :to
                        ), orders AS (
                            SELECT advisor_id, count(*) AS delivered, count(promised_at) AS promised,
                                   count(*) FILTER (WHERE delivered_at <= promised_at) AS kept
                            FROM delivered GROUP BY advisor_id
                        ), lines AS (
                            SELECT d.advisor_id,
                                   sum(round(l.quantity * l.unit_price, 2)) FILTER (WHERE l.kind = 'LABOUR') AS labour,
                                   sum(round(l.quantity * l.unit_price, 2)) FILTER (WHERE l.kind = 'PART') AS parts,
                                   sum(round(l.quantity * l.unit_price, 2)) FILTER (WHERE l.kind = 'SUBLET') AS sublet,
                                   sum(round(l.quantity * l.unit_price, 2)) FILTER (WHERE l.kind = 'OTHER') AS other,
                                   sum(l.quantity) FILTER (WHERE l.kind = 'LABOUR') AS hours
                            FROM delivered d
                            JOIN workshop.repair_order_line l
                              ON l.dealer_id = :dealer AND l.repair_order_id = d.id AND l.approval = 'APPROVED'
                            GROUP BY d.advisor_id
                        ), discounts AS (
                            SELECT d.advisor_id, sum(x.amount) AS discounts
                            FROM delivered d
                            JOIN workshop.discount x
                              ON x.dealer_id = :dealer AND x.repair_order_id = d.id AND x.state = 'APPROVED'
                            GROUP BY d.advisor_id
                        ), opened AS (
                            SELECT advisor_id, count(*) AS opened
                            FROM workshop.repair_order
                            WHERE dealer_id = :dealer AND opened_at >= :from AND opened_at < :to
                            GROUP BY advisor_id
                        )
                        SELECT advisor_id, coalesce(opened, 0) AS opened, coalesce(delivered, 0) AS delivered,
                               coalesce(promised, 0) AS promised, coalesce(kept, 0) AS kept,
                               coalesce(labour, 0) AS labour, coalesce(parts, 0) AS parts,
                               coalesce(sublet, 0) AS sublet, coalesce(other, 0) AS other, coalesce(hours, 0) AS hours,
                               coalesce(discounts, 0) AS discounts
                        FROM opened FULL JOIN orders USING (advisor_id) LEFT JOIN lines USING (advisor_id)
                             LEFT JOIN discounts USING (advisor_id)
                        ORDER BY advisor_id
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("from", startOf(first, zone))
                .param("to", startOf(last.plusDays(1), zone))
                .query((rs, n) -> new ByAdvisor(
                        new StaffId(rs.getLong("advisor_id")),
                        rs.getLong("opened"),
                        rs.getLong("delivered"),
                        rs.getLong("promised"),
                        rs.getLong("kept"),
                        Money.of(rs.getBigDecimal("labour")),
                        Money.of(rs.getBigDecimal("parts")),
                        Money.of(rs.getBigDecimal("sublet")),
                        Money.of(rs.getBigDecimal("other")),
                        Money.of(rs.getBigDecimal("discounts")),
                        rs.getBigDecimal("hours")))
                .list();
    }

    /** Each technician's hours sold (on orders delivered) and clocked from {@code first} to {@code last}. */
    public List<ByTechnician> byTechnician(LocalDate first, LocalDate last) {
        ZoneId zone = dealers.current().zone();
        return jdbc.sql("""
                        WITH sold AS (
                            SELECT l.technician_id, sum(l.quantity) AS hours, count(*) AS jobs
                            FROM workshop.repair_order o
                            JOIN workshop.repair_order_line l
                              ON l.dealer_id = :dealer AND l.repair_order_id = o.id
                            WHERE o.dealer_id = :dealer AND o.delivered_at >= :from AND o.delivered_at < :to
                              AND l.kind = 'LABOUR' AND l.approval = 'APPROVED' AND l.technician_id IS NOT NULL
                            GROUP BY l.technician_id
                        ), clocked AS (
                            SELECT technician_id, sum(extract(EPOCH FROM ended_at - started_at)) AS seconds
                            FROM workshop.time_entry
                            WHERE dealer_id = :dealer AND started_at >= :from AND started_at < :to
                            GROUP BY technician_id
                        )
                        SELECT technician_id, coalesce(jobs, 0) AS jobs, coalesce(hours, 0) AS hours,
                               coalesce(seconds, 0) AS seconds
                        FROM sold FULL JOIN clocked USING (technician_id)
                        ORDER BY technician_id
                        """)
                .param("dealer", DealerScope.currentDealer())
                .param("from", startOf(first, zone))
                .param("to", startOf(last.plusDays(1), zone))
                .query((rs, n) -> new ByTechnician(
                        new StaffId(rs.getLong("technician_id")),
                        rs.getLong("jobs"),
                        rs.getBigDecimal("hours"),
                        rs.getBigDecimal("seconds").divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP)))
                .list();
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /**
     * One advisor's orders in the range.
     *
     * @param opened orders opened
     * @param delivered orders delivered
     * @param promised delivered orders that had a promised time
     * @param promisesKept of those, delivered at or before it
     * @param discounts the approved discounts on the delivered orders, which the revenue is net of
     * @param hoursSold standard hours of the delivered orders' approved labour
     */
    public record ByAdvisor(
            StaffId advisor,
            long opened,
            long delivered,
            long promised,
            long promisesKept,
            Money labour,
            Money parts,
            Money sublet,
            Money other,
            Money discounts,
            BigDecimal hoursSold) {}

    /**
     * One technician's work in the range.
     *
     * @param jobsDelivered approved labour lines of theirs on orders delivered
     * @param hoursSold those lines' standard hours
     * @param hoursClocked time they clocked, on any order, rounded to the hundredth of an hour
     */
    public record ByTechnician(StaffId technician, long jobsDelivered, BigDecimal hoursSold, BigDecimal hoursClocked) {}
}

package shinrai.workshop;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;

/**
 * Finds comebacks (返修): the same labour operation, or the same concern, on the same car, on an order delivered within
 * the dealer's window (30 days or 3,000 km unless it set its own, whichever is reached later).
 */
@Component
class Comebacks {

    static final int DEFAULT_DAYS = 30;
    static final int DEFAULT_KILOMETRES = 3_000;

    private final JdbcClient jdbc;

    Comebacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The car's delivered orders but this one, taken first by the car's index: a car has a handful, whatever the
     * dealer's size. Written as a materialized step so no plan can start from the dealer's newest orders instead and
     * look for the car among them, as a plan made when the dealer had few orders did: every labour line then scanned
     * the dealer's day (2.7 ms a call on the benchmark's dealer, 0.3 ms by the car).
     */
    private static final String THE_CARS_ORDERS = """
            WITH the_cars_orders AS MATERIALIZED (
                SELECT id, dealer_id, number, delivered_at, kilometres, opened_at, concern
                FROM workshop.repair_order
                WHERE dealer_id = :dealer AND vehicle_id = :vehicle AND id <> :order AND delivered_at IS NOT NULL)
            """;

    /**
     * Whether an order is within the window after its delivery: the days since, or the kilometres driven since, are
     * within the dealer's terms (30 days or 3,000 km unless it set its own).
     */
    private static final String WITHIN_WINDOW = """
            (o.delivered_at >= CAST(:now AS timestamptz) - make_interval(days => coalesce(t.comeback_days, :days))
                 OR CAST(:km AS int) - o.kilometres <= coalesce(t.comeback_km, :kilometres))""";

    /** The latest earlier job with this operation code on the order's car within the window, if there is one. */
    Optional<Comeback> earlierJob(RepairOrder order, String operationCode, Instant now) {
        return earlier(order, now, """
                SELECT o.id, o.number, l.technician_id, o.delivered_at
                FROM the_cars_orders o
                JOIN workshop.repair_order_line l
                  ON l.dealer_id = o.dealer_id AND l.repair_order_id = o.id AND l.kind = 'LABOUR'
                 AND l.code = :code AND l.approval = 'APPROVED'
                LEFT JOIN workshop.workshop_terms t ON t.dealer_id = o.dealer_id
                WHERE\s""", "code", operationCode);
    }

    /**
     * The latest earlier order on the order's car, delivered within the window, whose customer came with the same
     * concern; its technician is the one who put the most time into its work.
     */
    Optional<Comeback> earlierConcern(RepairOrder order, ConcernCategory concern, Instant now) {
        return earlier(order, now, """
                SELECT o.id, o.number, o.delivered_at,
                       (SELECT l.technician_id FROM workshop.repair_order_line l
                        WHERE l.dealer_id = o.dealer_id AND l.repair_order_id = o.id AND l.kind = 'LABOUR'
                          AND l.approval = 'APPROVED' AND l.technician_id IS NOT NULL
                        ORDER BY l.clocked_seconds DESC LIMIT 1) AS technician_id
                FROM the_cars_orders o
                LEFT JOIN workshop.workshop_terms t ON t.dealer_id = o.dealer_id
                WHERE o.concern = :concern AND\s""", "concern", concern.name());
    }

    private Optional<Comeback> earlier(RepairOrder order, Instant now, String select, String key, String value) {
        return jdbc.sql(THE_CARS_ORDERS + select + WITHIN_WINDOW + " ORDER BY o.opened_at DESC LIMIT 1")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", order.vehicle().value())
                .param("order", order.id().value())
                .param(key, value)
                .param("now", Timestamp.from(now))
                .param("km", order.kilometres())
                .param("days", DEFAULT_DAYS)
                .param("kilometres", DEFAULT_KILOMETRES)
                .query((rs, n) -> {
                    Long technician = rs.getObject("technician_id", Long.class);
                    return new Comeback(
                            new RepairOrderId(rs.getLong("id")),
                            rs.getString("number"),
                            technician == null ? null : new StaffId(technician),
                            rs.getTimestamp("delivered_at").toInstant());
                })
                .optional();
    }
}

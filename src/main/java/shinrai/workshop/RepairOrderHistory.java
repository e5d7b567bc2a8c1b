package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.vehicle.VehicleId;

/** The repair orders of cars, as reception and the day's preparation read them: visits, newest first. */
@Service
@Transactional(readOnly = true)
public class RepairOrderHistory {

    private static final String COLUMNS = "id, number, customer_id, vehicle_id, advisor_id, appointment_id,"
            + " customer_words, kilometres, status, opened_at, promised_at";

    private final JdbcClient jdbc;

    RepairOrderHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RepairOrderSummary get(RepairOrderId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM workshop.repair_order WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query(RepairOrderHistory::row)
                .optional()
                .orElseThrow(() -> new NotFound("repairOrder", id));
    }

    /**
     * The customers whose last visit was a delivery within {@code [from, to)}: no repair order opened for them since.
     * Each once, with that last visit; the earliest first, at most {@code limit}. A customer whose cars are with the
     * dealer now is not among them.
     */
    public List<LastVisit> lastVisitsWithin(java.time.Instant from, java.time.Instant to, int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (o.customer_id) o.customer_id, o.vehicle_id, o.id, o.number,
                                   o.advisor_id, o.delivered_at
                            FROM workshop.repair_order o
                            WHERE o.dealer_id = :dealer AND o.delivered_at >= :from AND o.delivered_at < :to
                              AND NOT EXISTS (
                                  SELECT 1 FROM workshop.repair_order later
                                  WHERE later.dealer_id = o.dealer_id AND later.customer_id = o.customer_id
                                    AND later.id <> o.id AND later.opened_at >= o.opened_at)
                            ORDER BY o.customer_id, o.delivered_at DESC) last
                        ORDER BY delivered_at, id LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("limit", limit)
                .query((rs, n) -> new LastVisit(
                        new CustomerId(rs.getLong("customer_id")),
                        new VehicleId(rs.getLong("vehicle_id")),
                        new RepairOrderId(rs.getLong("id")),
                        rs.getString("number"),
                        new StaffId(rs.getLong("advisor_id")),
                        rs.getTimestamp("delivered_at").toInstant()))
                .list();
    }

    /** The numbers of these repair orders of the dealer, by id, in one statement; unknown ids are left out. */
    public java.util.Map<Long, String> numbers(Collection<RepairOrderId> orders) {
        java.util.Map<Long, String> numbers = new java.util.HashMap<>();
        if (orders.isEmpty()) {
            return numbers;
        }
        jdbc.sql("SELECT id, number FROM workshop.repair_order WHERE dealer_id = :dealer AND id IN (:ids)")
                .param("dealer", DealerScope.currentDealer())
                .param(
                        "ids",
                        orders.stream().map(RepairOrderId::value).distinct().toList())
                .query(rs -> {
                    numbers.put(rs.getLong("id"), rs.getString("number"));
                });
        return numbers;
    }

    /** A customer's last visit: the repair order delivered then. */
    public record LastVisit(
            CustomerId customer,
            VehicleId vehicle,
            RepairOrderId order,
            String number,
            StaffId advisor,
            java.time.Instant deliveredAt) {}

    /** The vehicle's repair order still open (the car is with the dealer), if it has one: the newest. */
    public Optional<RepairOrderSummary> openOrderOf(VehicleId vehicle) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM workshop.repair_order
                        WHERE dealer_id = :dealer AND vehicle_id = :vehicle AND status NOT IN ('DELIVERED', 'SETTLED')
                        ORDER BY opened_at DESC LIMIT 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicle.value())
                .query(RepairOrderHistory::row)
                .optional();
    }

    /**
     * The cars with the dealer now: orders not yet delivered, the soonest promised first, unestimated last, each with
     * the standard hours of its approved jobs not yet done (one statement).
     */
    public List<CarInWorkshop> inWorkshop(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , (SELECT coalesce(sum(l.quantity), 0) FROM workshop.repair_order_line l
                           WHERE l.dealer_id = o.dealer_id AND l.repair_order_id = o.id AND l.kind = 'LABOUR'
                             AND l.approval = 'APPROVED' AND l.job <> 'DONE') AS hours_left
                        FROM workshop.repair_order o
                        WHERE dealer_id = :dealer AND status NOT IN ('DELIVERED', 'SETTLED')
                        ORDER BY promised_at NULLS LAST, opened_at LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("limit", limit)
                .query((rs, n) -> new CarInWorkshop(row(rs, n), rs.getBigDecimal("hours_left")))
                .list();
    }

    /** The newest repair orders of these vehicles, at most {@code perVehicle} each, in one query. */
    public List<RepairOrderSummary> historyOf(Collection<VehicleId> vehicles, int perVehicle) {
        if (vehicles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM (SELECT *, row_number() OVER (PARTITION BY vehicle_id ORDER BY opened_at DESC) AS n
                              FROM workshop.repair_order WHERE dealer_id = :dealer AND vehicle_id IN (:vehicles)) o
                        WHERE n <= :per ORDER BY opened_at DESC""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicles", vehicles.stream().map(VehicleId::value).toList())
                .param("per", perVehicle)
                .query(RepairOrderHistory::row)
                .list();
    }

    /**
     * The car's orders delivered within the dealer's comeback window: the same job again on this visit would be a
     * comeback (返修), which reception should know before it greets the customer.
     */
    public java.util.Set<RepairOrderId> inComebackWindow(VehicleId vehicle, java.time.Instant now) {
        return java.util.Set.copyOf(jdbc.sql("""
                        SELECT o.id FROM workshop.repair_order o
                        LEFT JOIN workshop.workshop_terms t ON t.dealer_id = o.dealer_id
                        WHERE o.dealer_id = :dealer AND o.vehicle_id = :vehicle AND o.delivered_at IS NOT NULL
                          AND o.delivered_at >= CAST(:now AS timestamptz)
                              - make_interval(days => coalesce(t.comeback_days, :days))""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicle.value())
                .param("now", java.sql.Timestamp.from(now))
                .param("days", Comebacks.DEFAULT_DAYS)
                .query((rs, n) -> new RepairOrderId(rs.getLong(1)))
                .list());
    }

    /** The car's last maintenance on a delivered order: when, and at how many kilometres if they were read. */
    public Optional<ServiceVisit> lastMaintenanceOf(VehicleId vehicle) {
        return jdbc.sql("""
                        SELECT o.delivered_at, o.kilometres FROM workshop.repair_order o
                        WHERE o.dealer_id = :dealer AND o.vehicle_id = :vehicle AND o.delivered_at IS NOT NULL
                          AND EXISTS (SELECT FROM workshop.repair_order_line l
                                      WHERE l.dealer_id = o.dealer_id AND l.repair_order_id = o.id
                                        AND l.work_type = 'MAINTENANCE' AND l.approval = 'APPROVED')
                        ORDER BY o.delivered_at DESC LIMIT 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicle.value())
                .query((rs, n) -> new ServiceVisit(
                        rs.getTimestamp("delivered_at").toInstant(), rs.getObject("kilometres", Integer.class)))
                .optional();
    }

    /** A visit that serviced the car: when it left, and the odometer when it came in. */
    public record ServiceVisit(
            java.time.Instant at,
            @org.jspecify.annotations.Nullable Integer kilometres) {}

    /** Work declined on these vehicles' visits and not done on a later one, newest first, at most {@code limit}. */
    public List<DeclinedWork> declinedWorkOf(Collection<VehicleId> vehicles, int limit) {
        if (vehicles.isEmpty()) {
            return List.of();
        }
        return declinedWork(
                "o.vehicle_id IN (:keys)",
                vehicles.stream().map(VehicleId::value).toList(),
                limit);
    }

    /** Work declined on any of the customer's cars and not done since, newest first. */
    public List<DeclinedWork> declinedWorkOfCustomer(long customer, int limit) {
        return declinedWork("o.customer_id IN (:keys)", List.of(customer), limit);
    }

    /**
     * Declined lines of the orders {@code which} selects, leaving out work with the same code approved on a later
     * order of the same car. The partial index of declined lines keeps this to the few lines ever declined.
     */
    private List<DeclinedWork> declinedWork(String which, List<Long> keys, int limit) {
        return jdbc.sql("""
                        SELECT o.id, o.number, o.vehicle_id, l.description, l.code, l.reason,
                               round(l.quantity * l.unit_price, 2) AS amount, a.recorded_at
                        FROM workshop.repair_order o
                        JOIN workshop.repair_order_line l
                          ON l.dealer_id = o.dealer_id AND l.repair_order_id = o.id AND l.approval = 'DECLINED'
                        JOIN workshop.customer_approval a
                          ON a.dealer_id = l.dealer_id AND a.repair_order_id = l.repair_order_id
                         AND a.number = l.approval_no
                        WHERE o.dealer_id = :dealer AND\s""" + which + """
                          AND NOT EXISTS (
                              SELECT 1 FROM workshop.repair_order later
                              JOIN workshop.repair_order_line done
                                ON done.dealer_id = later.dealer_id AND done.repair_order_id = later.id
                               AND done.approval = 'APPROVED' AND done.code = l.code
                              WHERE later.dealer_id = o.dealer_id AND later.vehicle_id = o.vehicle_id
                                AND later.opened_at > o.opened_at)
                        ORDER BY a.recorded_at DESC LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("keys", keys)
                .param("limit", limit)
                .query((rs, n) -> new DeclinedWork(
                        new RepairOrderId(rs.getLong("id")),
                        rs.getString("number"),
                        new VehicleId(rs.getLong("vehicle_id")),
                        rs.getString("description"),
                        rs.getString("code"),
                        rs.getString("reason"),
                        shinrai.shared.Money.of(rs.getBigDecimal("amount")),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static RepairOrderSummary row(ResultSet rs, int n) throws SQLException {
        Timestamp promised = rs.getTimestamp("promised_at");
        return new RepairOrderSummary(
                new RepairOrderId(rs.getLong("id")),
                rs.getString("number"),
                new CustomerId(rs.getLong("customer_id")),
                new VehicleId(rs.getLong("vehicle_id")),
                new StaffId(rs.getLong("advisor_id")),
                rs.getObject("appointment_id", Long.class),
                rs.getString("customer_words"),
                rs.getObject("kilometres", Integer.class),
                RepairOrderStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(),
                promised == null ? null : promised.toInstant());
    }
}

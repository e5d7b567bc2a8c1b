package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/** Opens repair orders and reads a vehicle's history of them. */
@Service
@Transactional
public class RepairOrders {

    private static final String COLUMNS = "id, number, customer_id, vehicle_id, advisor_id, appointment_id,"
            + " customer_words, kilometres, status, opened_at, version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM workshop.repair_order";

    private final JdbcClient jdbc;
    private final Clock clock;

    RepairOrders(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens a repair order with the next number of the dealer's day. */
    public RepairOrder open(Opening opening, ZoneId zone) {
        Instant now = clock.instant();
        LocalDate day = now.atZone(zone).toLocalDate();
        String number = "RO" + day.toString().replace("-", "") + "-" + String.format("%04d", nextNumber(day));
        return jdbc.sql("""
                        INSERT INTO workshop.repair_order
                            (dealer_id, number, customer_id, vehicle_id, advisor_id, appointment_id, customer_words,
                             kilometres, status, opened_at)
                        VALUES (:dealer, :number, :customer, :vehicle, :advisor, :appointment, :words, :km, 'OPENED', :at)
                        RETURNING\s""" + COLUMNS)
                .param("dealer", DealerScope.currentDealer())
                .param("number", number)
                .param("customer", opening.customerId())
                .param("vehicle", opening.vehicleId())
                .param("advisor", opening.advisorId())
                .param("appointment", opening.appointmentId())
                .param("words", opening.customerWords())
                .param("km", opening.kilometres())
                .param("at", Timestamp.from(now))
                .query(RepairOrders::row)
                .single();
    }

    @Transactional(readOnly = true)
    public RepairOrder get(long id) {
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .query(RepairOrders::row)
                .optional()
                .orElseThrow(() -> new NotFound("repairOrder", id));
    }

    /** The vehicle's repair order still open (the car is in the workshop), if it has one: the newest. */
    @Transactional(readOnly = true)
    public java.util.Optional<RepairOrder> openOrderOf(long vehicleId) {
        return jdbc.sql(SELECT + """
                         WHERE dealer_id = :dealer AND vehicle_id = :vehicle AND status = 'OPENED'
                        ORDER BY opened_at DESC LIMIT 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicleId)
                .query(RepairOrders::row)
                .optional();
    }

    /** The newest repair orders of these vehicles, at most {@code perVehicle} each, in one query. */
    @Transactional(readOnly = true)
    public List<RepairOrder> historyOf(Collection<Long> vehicleIds, int perVehicle) {
        if (vehicleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM (SELECT *, row_number() OVER (PARTITION BY vehicle_id ORDER BY opened_at DESC) AS n
                              FROM workshop.repair_order WHERE dealer_id = :dealer AND vehicle_id IN (:vehicles)) o
                        WHERE n <= :per ORDER BY opened_at DESC""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicles", vehicleIds)
                .param("per", perVehicle)
                .query(RepairOrders::row)
                .list();
    }

    /** The row update locks the day's counter until commit, so concurrent openings get consecutive numbers. */
    private int nextNumber(LocalDate day) {
        return jdbc.sql("""
                        INSERT INTO workshop.order_number AS n (dealer_id, day, last) VALUES (:dealer, :day, 1)
                        ON CONFLICT (dealer_id, day) DO UPDATE SET last = n.last + 1
                        RETURNING last""")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    private static RepairOrder row(ResultSet rs, int n) throws SQLException {
        return new RepairOrder(
                rs.getLong("id"),
                rs.getString("number"),
                rs.getLong("customer_id"),
                rs.getLong("vehicle_id"),
                rs.getLong("advisor_id"),
                rs.getObject("appointment_id", Long.class),
                rs.getString("customer_words"),
                rs.getObject("kilometres", Integer.class),
                RepairOrderStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getInt("version"));
    }

    /** What reception hands over when it opens an order. */
    public record Opening(
            long customerId,
            long vehicleId,
            long advisorId,
            @Nullable Long appointmentId,
            String customerWords,
            @Nullable Integer kilometres) {}
}

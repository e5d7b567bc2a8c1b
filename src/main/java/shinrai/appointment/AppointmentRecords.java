package shinrai.appointment;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.shared.DealerScope;

/** Reads and writes appointment rows; the rules about them live in {@link Appointments}. */
@Repository
class AppointmentRecords {

    private static final String COLUMNS = """
             id, customer_id, vehicle_id, advisor_id, technician_id, day, starts_at, ends_at, services, section,
             estimated_hours, description, transport, booked_via, status, arrived_at, late_minutes, parts_note,
             cancel_reason, booked_at, version""";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM appointment.appointment";

    private final JdbcClient jdbc;

    AppointmentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Appointment> find(long id) {
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .query(AppointmentRecords::row)
                .optional();
    }

    /** Locks the row too, so two people changing one appointment take turns. */
    Optional<Appointment> findForUpdate(long id) {
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND id = :id FOR UPDATE")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .query(AppointmentRecords::row)
                .optional();
    }

    List<Appointment> onDay(LocalDate day) {
        return jdbc.sql(SELECT + " WHERE dealer_id = :dealer AND day = :day ORDER BY starts_at, id")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .query(AppointmentRecords::row)
                .list();
    }

    /** The newest appointments of these vehicles, in one query. */
    List<Appointment> ofVehicles(Collection<Long> vehicleIds, int perVehicle) {
        if (vehicleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " " + """
                        FROM (SELECT *, row_number() OVER (PARTITION BY vehicle_id ORDER BY starts_at DESC) AS n
                               FROM appointment.appointment WHERE dealer_id = :dealer AND vehicle_id IN (:vehicles)) a
                        WHERE n <= :per ORDER BY starts_at DESC""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicles", vehicleIds)
                .param("per", perVehicle)
                .query(AppointmentRecords::row)
                .list();
    }

    /** The car's appointment on that day that still stands (booked, arrived or received), if it has one. */
    Optional<Appointment> standingOnDay(long vehicleId, LocalDate day) {
        return standingOnDay(vehicleId, day, -1);
    }

    /** Like {@link #standingOnDay(long, LocalDate)}, leaving out one appointment (the one being moved). */
    Optional<Appointment> standingOnDay(long vehicleId, LocalDate day, long except) {
        return jdbc.sql(SELECT + """
                         WHERE dealer_id = :dealer AND vehicle_id = :vehicle AND day = :day
                          AND status IN ('BOOKED', 'ARRIVED', 'RECEIVED') AND id <> :except
                        ORDER BY starts_at LIMIT 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicleId)
                .param("day", day)
                .param("except", except)
                .query(AppointmentRecords::row)
                .optional();
    }

    /** What holds capacity on a day, for the capacity rules. */
    List<DayPlan.Booked> holdingCapacity(LocalDate day, @Nullable Long except) {
        return jdbc.sql("""
                        SELECT id, starts_at, advisor_id, section, services FROM appointment.appointment
                        WHERE dealer_id = :dealer AND day = :day AND status NOT IN ('NO_SHOW', 'CANCELLED')
                          AND id <> :except""")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .param("except", except == null ? -1L : except)
                .query((rs, n) -> new DayPlan.Booked(
                        rs.getLong("id"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getLong("advisor_id"),
                        WorkshopSection.valueOf(rs.getString("section")),
                        services(rs.getArray("services"))))
                .list();
    }

    /** Writes a new appointment and answers it as stored, in one statement. */
    Appointment insert(NewAppointment a) {
        return jdbc.sql("""
                        INSERT INTO appointment.appointment
                            (dealer_id, customer_id, vehicle_id, advisor_id, day, starts_at, ends_at, services, section,
                             estimated_hours, description, transport, booked_via, status, booked_by, booked_at)
                        VALUES (:dealer, :customer, :vehicle, :advisor, :day, :startsAt, :endsAt, :services, :section,
                                :hours, :description, :transport, :via, 'BOOKED', :bookedBy, :bookedAt)
                        RETURNING""" + " " + COLUMNS)
                .param("dealer", DealerScope.currentDealer())
                .param("customer", a.customerId())
                .param("vehicle", a.vehicleId())
                .param("advisor", a.advisorId())
                .param("day", a.day())
                .param("startsAt", Timestamp.from(a.startsAt()))
                .param("endsAt", Timestamp.from(a.endsAt()))
                .param("services", a.services().stream().map(Enum::name).toArray(String[]::new), java.sql.Types.ARRAY)
                .param("section", ServiceRequest.mainSection(a.services()).name())
                .param("hours", ServiceRequest.totalHours(a.services()))
                .param("description", a.description())
                .param("transport", a.transport().name())
                .param("via", a.bookedVia().name())
                .param("bookedBy", a.bookedBy())
                .param("bookedAt", Timestamp.from(a.bookedAt()))
                .query(AppointmentRecords::row)
                .single();
    }

    /**
     * Runs one change on one appointment and answers it as changed, in one statement; the statement names its
     * columns, the version always moves on.
     */
    Appointment update(long id, String assignments, java.util.Map<String, ?> values) {
        JdbcClient.StatementSpec statement = jdbc.sql("UPDATE appointment.appointment SET " + assignments
                        + ", version = version + 1" + " WHERE dealer_id = :dealer AND id = :id RETURNING " + COLUMNS)
                .param("dealer", DealerScope.currentDealer())
                .param("id", id);
        values.forEach(statement::param);
        return statement.query(AppointmentRecords::row).single();
    }

    /** Moves a merged duplicate's appointments to the surviving customer. */
    int moveCustomer(long from, long to) {
        return jdbc.sql("""
                        UPDATE appointment.appointment SET customer_id = :to, version = version + 1
                        WHERE dealer_id = :dealer AND customer_id = :from""")
                .param("dealer", DealerScope.currentDealer())
                .param("from", from)
                .param("to", to)
                .update();
    }

    private static Appointment row(ResultSet rs, int n) throws SQLException {
        Timestamp arrived = rs.getTimestamp("arrived_at");
        return new Appointment(
                rs.getLong("id"),
                rs.getLong("customer_id"),
                rs.getLong("vehicle_id"),
                rs.getLong("advisor_id"),
                rs.getObject("technician_id", Long.class),
                rs.getObject("day", LocalDate.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                services(rs.getArray("services")),
                WorkshopSection.valueOf(rs.getString("section")),
                rs.getBigDecimal("estimated_hours"),
                rs.getString("description"),
                Transport.valueOf(rs.getString("transport")),
                BookingChannel.valueOf(rs.getString("booked_via")),
                AppointmentStatus.valueOf(rs.getString("status")),
                arrived == null ? null : arrived.toInstant(),
                rs.getObject("late_minutes", Integer.class),
                rs.getString("parts_note"),
                rs.getString("cancel_reason"),
                rs.getTimestamp("booked_at").toInstant(),
                rs.getInt("version"));
    }

    private static List<ServiceRequest> services(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray())
                .map(ServiceRequest::valueOf)
                .toList();
    }

    /** An appointment about to be written, its place already checked. */
    record NewAppointment(
            long customerId,
            long vehicleId,
            long advisorId,
            LocalDate day,
            java.time.Instant startsAt,
            java.time.Instant endsAt,
            List<ServiceRequest> services,
            String description,
            Transport transport,
            BookingChannel bookedVia,
            @Nullable Long bookedBy,
            java.time.Instant bookedAt) {}
}

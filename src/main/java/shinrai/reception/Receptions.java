package shinrai.reception;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.appointment.Appointment;
import shinrai.appointment.Appointments;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.RepairOrderOpening;
import shinrai.workshop.Workshop;

/**
 * Takes a car in. Everything the advisor recorded is checked at once and refused together, with each field named;
 * then, in one transaction, the odometer reading goes on the vehicle, the appointment is closed, the repair order
 * is opened with the customer's words, and the reception is written, never to be changed.
 */
@Service
@Transactional
public class Receptions {

    /** The most damage marks one walk-around records; more means the car needs a body shop estimate instead. */
    static final int MAX_DAMAGE_MARKS = 40;

    /** The highest reading taken; beyond it the reading is a typing error. */
    static final int MAX_KILOMETRES = 2_000_000;

    private final JdbcClient jdbc;
    private final VehicleRegister vehicles;
    private final CustomerBook customers;
    private final Appointments appointments;
    private final Workshop workshop;
    private final RepairOrderHistory repairOrderHistory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Receptions(
            JdbcClient jdbc,
            VehicleRegister vehicles,
            CustomerBook customers,
            Appointments appointments,
            Workshop workshop,
            RepairOrderHistory repairOrderHistory,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.vehicles = vehicles;
        this.customers = customers;
        this.appointments = appointments;
        this.workshop = workshop;
        this.repairOrderHistory = repairOrderHistory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes the car in. Every problem is reported at once, each under its field: what the advisor recorded, an
     * odometer reading below the last one, an appointment that is not this car's or not open, a car that is not the
     * dealer's. A refusal writes nothing, since the changes made on the way roll back with it.
     */
    public Reception receive(ReceptionRequest request) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        invalid.attempt(
                () -> {
                    check(request);
                    return null;
                },
                null);
        // another dealer's car or appointment is not found, like one that does not exist: row-level security hides it
        Vehicle vehicle = invalid.attempt("vehicleId", () -> vehicles.get(request.vehicleId()), null);
        Long advisor = DealerScope.current().userId();
        if (request.appointmentId() != null) {
            // closed first, then checked: a mismatch throws and rolls the closing back
            Appointment appointment =
                    invalid.attempt("appointmentId", () -> appointments.received(request.appointmentId()), null);
            if (appointment != null && vehicle != null && appointment.vehicleId() != vehicle.id()) {
                invalid.add(new InvalidReception("appointmentId", "reception.error.otherVehicle"));
            }
            if (advisor == null && appointment != null) {
                advisor = appointment.advisorId();
            }
        }
        if (advisor == null) {
            invalid.add(new InvalidReception("advisorId", "reception.error.noAdvisor"));
        }
        Instant now = clock.instant();
        if (vehicle != null && isReading(request.kilometres())) {
            // a reading below the last one is found here, with the rest, not after the rest is fixed
            invalid.attempt(
                    () -> {
                        vehicles.recordOdometer(
                                vehicle.id(),
                                new OdometerReading(
                                        request.kilometres(),
                                        now,
                                        request.meterReplaced(),
                                        OdometerReading.Source.RECEPTION));
                        return null;
                    },
                    null);
        }
        invalid.throwIfAny();
        Vehicle car = Objects.requireNonNull(vehicle);
        long receivedBy = Objects.requireNonNull(advisor);
        Customer customer = customers.get(Objects.requireNonNull(car.ownerId()));
        RepairOrder order = workshop.open(new RepairOrderOpening(
                new CustomerId(customer.id()),
                new VehicleId(car.id()),
                new StaffId(receivedBy),
                request.appointmentId(),
                request.customerWords(),
                request.kilometres()));
        Reception received = insert(request, customer.id(), receivedBy, order, now);
        events.publishEvent(new CustomerTimelineEvent(
                car.dealerId(),
                customer.id(),
                now,
                "VISIT",
                "timeline.received",
                "repairOrder:" + order.id().value(),
                List.of(order.number(), car.label())));
        return received;
    }

    @Transactional(readOnly = true)
    public Reception get(long id) {
        List<DamageMark> damage = jdbc.sql("""
                        SELECT x, y, kind, note FROM reception.damage_mark
                        WHERE dealer_id = :dealer AND reception_id = :id ORDER BY position""")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .query((rs, n) -> mark(rs))
                .list();
        Reception reception = jdbc.sql("SELECT * FROM reception.reception WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional()
                .orElseThrow(() -> new NotFound("reception", id));
        return reception.completed(
                damage,
                repairOrderHistory
                        .get(new RepairOrderId(reception.repairOrderId()))
                        .number());
    }

    /** Refuses the request with every problem at once, each under its field. */
    private static void check(ReceptionRequest request) {
        List<BusinessRuleViolation> problems = new ArrayList<>();
        if (request.customerWords().isBlank()) {
            problems.add(new InvalidReception("customerWords", "reception.error.wordsMissing"));
        } else if (request.customerWords().length() > 4000) {
            problems.add(new InvalidReception("customerWords", "reception.error.wordsTooLong"));
        }
        if (request.kilometres() == null) {
            problems.add(new InvalidReception("kilometres", "reception.error.kilometresMissing"));
        } else if (!isReading(request.kilometres())) {
            problems.add(new InvalidReception("kilometres", "reception.error.kilometres"));
        }
        if (request.fuelEighths() == null) {
            problems.add(new InvalidReception("fuelEighths", "reception.error.fuelMissing"));
        } else if (request.fuelEighths() < 0 || request.fuelEighths() > 8) {
            problems.add(new InvalidReception("fuelEighths", "reception.error.fuel"));
        }
        if (request.valuables().length() > 1000) {
            problems.add(new InvalidReception("valuables", "reception.error.valuablesTooLong"));
        }
        if (!(request.seatCover() && request.floorMat() && request.steeringWheelCover())) {
            problems.add(new InvalidReception("covers", "reception.error.coversMissing"));
        }
        if (request.damage().size() > MAX_DAMAGE_MARKS) {
            problems.add(new InvalidReception("damage", "reception.error.tooMuchDamage", MAX_DAMAGE_MARKS));
        }
        for (int i = 0; i < request.damage().size(); i++) {
            DamageMark mark = request.damage().get(i);
            if (!onDiagram(mark.x()) || !onDiagram(mark.y())) {
                problems.add(new InvalidReception("damage[" + i + "]", "reception.error.offDiagram"));
            }
            if (mark.note().length() > 200) {
                problems.add(new InvalidReception("damage[" + i + "].note", "reception.error.damageNoteTooLong"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Within what an odometer shows: 0 to {@value #MAX_KILOMETRES} km. */
    private static boolean isReading(@Nullable Integer kilometres) {
        return kilometres != null && kilometres >= 0 && kilometres <= MAX_KILOMETRES;
    }

    private static boolean onDiagram(@Nullable BigDecimal percent) {
        return percent != null && percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    /** Writes the reception and its damage marks, and answers them as stored, in two statements. */
    private Reception insert(ReceptionRequest request, long customerId, long advisorId, RepairOrder order, Instant at) {
        Reception reception = jdbc.sql("""
                        INSERT INTO reception.reception
                            (dealer_id, appointment_id, customer_id, vehicle_id, advisor_id, customer_words, kilometres,
                             fuel_eighths, valuables, seat_cover, floor_mat, steering_wheel_cover, repair_order_id,
                             received_at)
                        VALUES (:dealer, :appointment, :customer, :vehicle, :advisor, :words, :km, :fuel, :valuables,
                                :seat, :mat, :wheel, :order, :at)
                        RETURNING *""")
                .param("dealer", DealerScope.currentDealer())
                .param("appointment", request.appointmentId())
                .param("customer", customerId)
                .param("vehicle", request.vehicleId())
                .param("advisor", advisorId)
                .param("words", request.customerWords())
                .param("km", request.kilometres())
                .param("fuel", request.fuelEighths())
                .param("valuables", request.valuables())
                .param("seat", request.seatCover())
                .param("mat", request.floorMat())
                .param("wheel", request.steeringWheelCover())
                .param("order", order.id().value())
                .param("at", Timestamp.from(at))
                .query((rs, n) -> row(rs))
                .single();
        if (request.damage().isEmpty()) {
            return reception.completed(List.of(), order.number());
        }
        // one statement for every mark
        List<DamageMark> damage = jdbc
                .sql("""
                            INSERT INTO reception.damage_mark (dealer_id, reception_id, position, x, y, kind, note)
                            SELECT :dealer, :reception, m.position, m.x, m.y, m.kind, m.note
                            FROM unnest(:xs::numeric[], :ys::numeric[], :kinds::text[], :notes::text[])
                                 WITH ORDINALITY AS m(x, y, kind, note, position)
                            RETURNING position, x, y, kind, note""")
                .param("dealer", DealerScope.currentDealer())
                .param("reception", reception.id())
                .param(
                        "xs",
                        request.damage().stream().map(DamageMark::x).toArray(BigDecimal[]::new),
                        java.sql.Types.ARRAY)
                .param(
                        "ys",
                        request.damage().stream().map(DamageMark::y).toArray(BigDecimal[]::new),
                        java.sql.Types.ARRAY)
                .param(
                        "kinds",
                        request.damage().stream().map(m -> m.kind().name()).toArray(String[]::new),
                        java.sql.Types.ARRAY)
                .param(
                        "notes",
                        request.damage().stream().map(DamageMark::note).toArray(String[]::new),
                        java.sql.Types.ARRAY)
                .query((rs, n) -> java.util.Map.entry(rs.getInt("position"), mark(rs)))
                .list()
                .stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(java.util.Map.Entry::getValue)
                .toList();
        return reception.completed(damage, order.number());
    }

    private static DamageMark mark(ResultSet rs) throws SQLException {
        return new DamageMark(
                rs.getBigDecimal("x"),
                rs.getBigDecimal("y"),
                DamageMark.Kind.valueOf(rs.getString("kind")),
                rs.getString("note"));
    }

    /** A reception row without what other tables hold: see {@link Reception#completed}. */
    private static Reception row(ResultSet rs) throws SQLException {
        return new Reception(
                rs.getLong("id"),
                rs.getObject("appointment_id", Long.class),
                rs.getLong("customer_id"),
                rs.getLong("vehicle_id"),
                rs.getLong("advisor_id"),
                rs.getString("customer_words"),
                rs.getInt("kilometres"),
                rs.getInt("fuel_eighths"),
                rs.getString("valuables"),
                List.of(),
                rs.getBoolean("seat_cover"),
                rs.getBoolean("floor_mat"),
                rs.getBoolean("steering_wheel_cover"),
                rs.getLong("repair_order_id"),
                "",
                rs.getTimestamp("received_at").toInstant());
    }
}

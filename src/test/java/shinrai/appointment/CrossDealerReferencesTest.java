package shinrai.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.reception.ReceptionRequest;
import shinrai.reception.Receptions;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.InvalidInput;
import shinrai.vehicle.VehicleRegister;

/**
 * One dealer's records never point at another dealer's staff, customers or cars: the service refuses such a request
 * naming the field, and the database refuses the row even when a bug would write it.
 */
@ApplicationTest
class CrossDealerReferencesTest {

    @Autowired
    Appointments appointments;

    @Autowired
    BookingCalendar calendar;

    @Autowired
    Receptions receptions;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Autowired
    DataSource app;

    BookingFixture first;
    BookingFixture second;

    @BeforeEach
    void twoDealers() {
        first = new BookingFixture(owner, customers, vehicles, 1);
        second = new BookingFixture(owner, customers, vehicles, 1);
    }

    @Test
    void blockedTimeForAnotherDealersAdvisorIsRefusedNamingTheAdvisor() {
        long theirs = first.advisors.get(0);
        LocalDate day = BookingFixture.daysAhead(5);

        assertThatThrownBy(() -> second.scope.call(() -> calendar.block(theirs, at(day, 9), at(day, 10), "培训")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(fields(refused)).containsExactly("advisorId"));
    }

    @Test
    void aBookingNamingAnotherDealersAdvisorCustomerOrCarIsRefusedNamingEachField() {
        BookingFixture.Car theirCar = first.car(1);
        BookingFixture.Car ourCar = second.car(2);
        long theirAdvisor = first.advisors.get(0);

        assertThatThrownBy(() -> second.scope.call(() -> appointments.book(request(ourCar, theirAdvisor))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(fields(refused)).containsExactly("advisorId"));
        assertThatThrownBy(() -> second.scope.call(() -> appointments.book(request(theirCar, null))))
                .isInstanceOfSatisfying(InvalidInput.class, refused -> {
                    assertThat(fields(refused)).containsExactlyInAnyOrder("customerId", "vehicleId");
                    assertThat(refused.violations())
                            .allSatisfy(each -> assertThat(each.httpStatus()).isEqualTo(400));
                });
        assertThatThrownBy(() -> second.scope.call(() -> appointments.book(new BookingRequest(
                        ourCar.customerId(),
                        theirCar.vehicleId(),
                        BookingFixture.daysAhead(3),
                        LocalTime.of(9, 0),
                        null,
                        Set.of(ServiceRequest.DIAGNOSIS),
                        "",
                        Transport.WAIT,
                        BookingChannel.PHONE,
                        false))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(fields(refused)).containsExactly("vehicleId"));
    }

    @Test
    void anotherDealersTechnicianIsNotPreAssigned() {
        Appointment booked = second.scope.call(
                () -> appointments.book(request(second.car(3), null)).appointment());

        assertThatThrownBy(() -> second.scope.call(() -> appointments.prepare(booked.id(), first.technician, "")))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("technicianId"));
    }

    @Test
    void aReceptionOfAnotherDealersCarIsRefusedNamingTheCar() {
        BookingFixture.Car theirCar = first.car(4);

        assertThatThrownBy(() -> second.advisor(0)
                        .call(() -> receptions.receive(new ReceptionRequest(
                                null, theirCar.vehicleId(), "异响", 1000, false, 4, "", List.of(), true, true, true))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(fields(refused)).containsExactly("vehicleId"));
    }

    @Test
    void theDatabaseRefusesABlockedTimeOrAnAppointmentPointingAtAnotherDealer() {
        long theirAdvisor = first.advisors.get(0);
        BookingFixture.Car theirCar = first.car(5);
        BookingFixture.Car ourCar = second.car(6);
        LocalDate day = BookingFixture.daysAhead(4);
        JdbcClient runtime = JdbcClient.create(app);

        assertThatThrownBy(() -> second.scope.run(() -> runtime.sql("""
                                INSERT INTO appointment.blocked_time (dealer_id, advisor_id, starts_at, ends_at, reason)
                                VALUES (:dealer, :advisor, :from, :to, '培训')""")
                        .param("dealer", second.dealerId)
                        .param("advisor", theirAdvisor)
                        .param("from", Timestamp.from(at(day, 9)))
                        .param("to", Timestamp.from(at(day, 10)))
                        .update()))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("blocked_time_advisor_of_the_dealer");
        assertThatThrownBy(() -> second.scope.run(() -> insertAppointment(
                        runtime, ourCar.customerId(), theirCar.vehicleId(), second.advisors.get(0), day)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointment_vehicle_of_the_dealer");
        assertThatThrownBy(() -> second.scope.run(
                        () -> insertAppointment(runtime, ourCar.customerId(), ourCar.vehicleId(), theirAdvisor, day)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointment_advisor_of_the_dealer");
    }

    @Test
    void noDealerRecordCanNameANetworkAnalystWhoBelongsToNoDealer() {
        long analyst = JdbcClient.create(owner)
                .sql("SELECT id FROM dealer.user_account WHERE username = 'network'")
                .query(Long.class)
                .single();
        LocalDate day = BookingFixture.daysAhead(4);

        assertThatThrownBy(() -> second.scope.run(() -> JdbcClient.create(app)
                        .sql("""
                                INSERT INTO appointment.blocked_time (dealer_id, advisor_id, starts_at, ends_at, reason)
                                VALUES (:dealer, :advisor, :from, :to, '培训')""")
                        .param("dealer", second.dealerId)
                        .param("advisor", analyst)
                        .param("from", Timestamp.from(at(day, 9)))
                        .param("to", Timestamp.from(at(day, 10)))
                        .update()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void insertAppointment(
            JdbcClient runtime, long customer, long vehicle, long advisor, LocalDate day) {
        runtime.sql("""
                        INSERT INTO appointment.appointment
                            (dealer_id, customer_id, vehicle_id, advisor_id, day, starts_at, ends_at, services, section,
                             estimated_hours, transport, booked_via, status)
                        VALUES (dealer.writable_dealer(), :customer, :vehicle, :advisor, :day, :from, :to,
                                '{DIAGNOSIS}', 'MECHANICAL', 1, 'WAIT', 'PHONE', 'BOOKED')""")
                .param("customer", customer)
                .param("vehicle", vehicle)
                .param("advisor", advisor)
                .param("day", day)
                .param("from", Timestamp.from(at(day, 9)))
                .param("to", Timestamp.from(at(day, 10)))
                .update();
    }

    private static BookingRequest request(BookingFixture.Car car, Long advisor) {
        return new BookingRequest(
                car.customerId(),
                car.vehicleId(),
                BookingFixture.daysAhead(3),
                LocalTime.of(9, 0),
                advisor,
                Set.of(ServiceRequest.DIAGNOSIS),
                "",
                Transport.WAIT,
                BookingChannel.PHONE,
                false);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BookingFixture.SHANGHAI).toInstant();
    }

    private static List<String> fields(InvalidInput refused) {
        return refused.violations().stream().map(BusinessRuleViolation::field).toList();
    }
}

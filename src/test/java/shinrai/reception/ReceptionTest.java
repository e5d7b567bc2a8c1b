package shinrai.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.CustomersWithCars;
import shinrai.appointment.Appointment;
import shinrai.appointment.AppointmentStatus;
import shinrai.appointment.Appointments;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.BookingRequest;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.MobileNumber;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.RepairOrderStatus;
import shinrai.workshop.RepairOrderSummary;

/** Reception records the car's state and the customer's words as they were, and opens the repair order. */
@ApplicationTest
class ReceptionTest {

    static final String WORDS = "  早上冷车启动时，发动机舱“咔咔”响，大概响 5 秒。\n热车后就没有了！  ";

    @Autowired
    Receptions receptions;

    @Autowired
    ReceptionBriefing briefing;

    @Autowired
    Appointments appointments;

    @Autowired
    RepairOrderHistory repairOrders;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    DataSource app;

    @Autowired
    shinrai.customer.CustomerMerge merge;

    DealerScope advisor;
    long customer;
    long vehicle;

    @BeforeEach
    void aCustomerWithACarAtTheDemoDealer() {
        long advisorId = DealerScope.systemFor(1)
                .call(() -> JdbcClient.create(app)
                        .sql("SELECT id FROM dealer.user_account WHERE username = 'advisor'")
                        .query(Long.class)
                        .single());
        advisor = new DealerScope(advisorId, "advisor", 1L, null);
        int unique = (int) (System.nanoTime() % 1_000_000);
        CustomersWithCars.Registered registered = new CustomersWithCars(customers, vehicles)
                .register(
                        advisor,
                        "李接待",
                        null,
                        String.format("1970%07d", unique),
                        "",
                        String.format("LFMA12340NP%06d", unique),
                        String.format("沪B%05d", unique % 100_000));
        customer = registered.customerId();
        vehicle = registered.vehicleId();
        advisor.run(() -> vehicles.recordOdometer(
                vehicle, new OdometerReading(30_000, java.time.Instant.now(), false, OdometerReading.Source.MANUAL)));
    }

    @Test
    void receivingABookedCarOpensARepairOrderWithTheCustomersWordsExactlyAsSaid() {
        Appointment booked = advisor.call(() -> appointments
                .book(new BookingRequest(
                        customer,
                        vehicle,
                        java.time.LocalDate.now().plusDays(2),
                        LocalTime.of(16, 0),
                        null,
                        Set.of(ServiceRequest.DIAGNOSIS),
                        "冷车异响",
                        Transport.WAIT,
                        BookingChannel.PHONE,
                        false))
                .appointment());

        Reception reception = advisor.call(() -> receptions.receive(request(booked.id(), WORDS, 31_250, true)));

        assertThat(reception.customerWords()).isEqualTo(WORDS);
        assertThat(reception.damage())
                .extracting(DamageMark::kind, DamageMark::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DamageMark.Kind.SCRATCH, "左前门"),
                        org.assertj.core.groups.Tuple.tuple(DamageMark.Kind.DENT, ""));
        RepairOrderSummary order = advisor.call(() -> repairOrders.get(new RepairOrderId(reception.repairOrderId())));
        assertThat(order.number()).matches("RO\\d{8}-\\d{4}").isEqualTo(reception.repairOrderNumber());
        assertThat(order.status()).isEqualTo(RepairOrderStatus.OPENED);
        assertThat(order.customerWords()).isEqualTo(WORDS);
        assertThat(order.kilometres()).isEqualTo(31_250);
        assertThat(advisor.call(() -> appointments.get(booked.id()).status())).isEqualTo(AppointmentStatus.RECEIVED);
        assertThat(advisor.call(() -> vehicles.lastReading(vehicle))
                        .orElseThrow()
                        .kilometres())
                .isEqualTo(31_250);

        ReceptionBriefing.Briefing next = advisor.call(() -> briefing.of(vehicle, null));
        assertThat(next.visits()).extracting(RepairOrderSummary::number).containsExactly(order.number());
        assertThat(next.openOrders()).hasSize(1);
        assertThat(next.earlierBookings()).extracting(Appointment::id).containsExactly(booked.id());
    }

    @Test
    void theCustomersWordsCannotBeRewrittenAfterwardsNotEvenInTheDatabase() {
        Reception reception = advisor.call(() -> receptions.receive(request(null, "刹车发软", 30_100, true)));

        assertThatThrownBy(() -> advisor.run(() -> JdbcClient.create(app)
                        .sql("UPDATE reception.reception SET customer_words = '刹车正常' WHERE id = :id")
                        .param("id", reception.id())
                        .update()))
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void everythingMissingIsReportedAtOnceAndNothingIsOpened() {
        ReceptionRequest careless = new ReceptionRequest(
                null, vehicle, "   ", -5, false, 9, "", List.of(mark("120", "10", "")), true, false, true);

        assertThatThrownBy(() -> advisor.call(() -> receptions.receive(careless)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(BusinessRuleViolation::field)
                                .containsExactlyInAnyOrder(
                                        "customerWords", "kilometres", "fuelEighths", "covers", "damage[0]"));
        assertThat(advisor.call(() -> briefing.of(vehicle, null).visits())).isEmpty();
    }

    @Test
    void aMergeMovesTheReceptionsToTheSurvivorAndLeavesWhatWasRecordedAsItWas() {
        Reception reception = advisor.call(() -> receptions.receive(request(null, "雨刮器有响声", 30_200, false)));
        long survivor = advisor.call(() -> customers
                .register(
                        new CustomerProfile(
                                CustomerKind.PERSON,
                                "李接待",
                                "",
                                null,
                                null,
                                List.of(MobileNumber.of(String.format("1960%07d", System.nanoTime() % 10_000_000))),
                                List.of(),
                                "",
                                "",
                                "",
                                null,
                                CustomerSource.PHONE,
                                Set.of(),
                                null,
                                ContactTime.ANY,
                                ""),
                        true)
                .id());

        advisor.run(() -> merge.merge(survivor, customer));

        Reception moved = advisor.call(() -> receptions.get(reception.id()));
        assertThat(moved.customerId()).isEqualTo(survivor);
        assertThat(moved.customerWords()).isEqualTo("雨刮器有响声");
    }

    @Test
    void aReadingBelowTheLastOneRefusesTheWholeReception() {
        assertThatThrownBy(() -> advisor.call(() -> receptions.receive(request(null, "保养", 29_000, false))))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(advisor.call(() -> briefing.of(vehicle, null).visits())).isEmpty();
        assertThat(advisor.call(() ->
                        receptions.receive(request(null, "保养", 29_000, true)).kilometres()))
                .as("unless the meter was replaced")
                .isEqualTo(29_000);
    }

    @Test
    void aReadingBelowTheLastOneIsReportedTogetherWithTheMissingCovers() {
        ReceptionRequest careless =
                new ReceptionRequest(null, vehicle, "保养", 29_000, false, 4, "", List.of(), true, false, true);

        assertThatThrownBy(() -> advisor.call(() -> receptions.receive(careless)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(BusinessRuleViolation::field, BusinessRuleViolation::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "kilometres", "vehicle.error.odometerBackwards"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "covers", "reception.error.coversMissing")));
        assertThat(advisor.call(() -> vehicles.lastReading(vehicle))
                        .orElseThrow()
                        .kilometres())
                .as("nothing was recorded")
                .isEqualTo(30_000);
    }

    @Test
    void anEmptyFuelOrOdometerFieldSaysItIsRequiredRatherThanOutOfRange() {
        ReceptionRequest blank =
                new ReceptionRequest(null, vehicle, "保养", null, false, null, "", List.of(), true, true, true);

        assertThatThrownBy(() -> advisor.call(() -> receptions.receive(blank)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(BusinessRuleViolation::field, BusinessRuleViolation::messageKey)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "kilometres", "reception.error.kilometresMissing"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "fuelEighths", "reception.error.fuelMissing")));
    }

    private ReceptionRequest request(Long appointment, String words, int km, boolean meterReplacedIfLower) {
        return new ReceptionRequest(
                appointment,
                vehicle,
                words,
                km,
                km < 30_000 && meterReplacedIfLower,
                3,
                "行车记录仪、太阳镜",
                List.of(
                        mark("22.5", "30", "左前门"),
                        new DamageMark(new BigDecimal("70"), new BigDecimal("85"), DamageMark.Kind.DENT, null)),
                true,
                true,
                true);
    }

    private static DamageMark mark(String x, String y, String note) {
        return new DamageMark(new BigDecimal(x), new BigDecimal(y), DamageMark.Kind.SCRATCH, note);
    }
}

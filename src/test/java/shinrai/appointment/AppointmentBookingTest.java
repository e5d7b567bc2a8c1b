package shinrai.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.vehicle.VehicleRegister;

/** A slot takes what its advisors, lanes, bays and technician hours allow, and never one car more. */
@ApplicationTest
class AppointmentBookingTest {

    static final LocalTime NINE = LocalTime.of(9, 0);

    @Autowired
    Appointments appointments;

    @Autowired
    Availability availability;

    @Autowired
    NoShowSweep sweep;

    @Autowired
    BookingCalendar calendar;

    @Autowired
    shinrai.reception.Receptions receptions;

    @Autowired
    CustomerBook customers;

    @Autowired
    shinrai.customer.CustomerTimeline timeline;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    @SchemaOwner
    DataSource owner;

    BookingFixture dealer;

    @BeforeEach
    void aDealerOfItsOwn() {
        dealer = new BookingFixture(owner, customers, vehicles, 2);
    }

    @Test
    void aSlotTakesAsManyCarsAsItsAdvisorsReceiveAndTheNextIsRefusedSayingWhy() {
        dealer.scope.run(() -> calendar.changeRules(rules(1, null)));
        LocalDate day = BookingFixture.daysAhead(5);

        Appointment first = book(dealer.car(1), day, NINE, null);
        Appointment second = book(dealer.car(2), day, NINE, null);

        assertThat(List.of(first.advisorId(), second.advisorId()))
                .as("each advisor receives one")
                .containsExactlyInAnyOrderElementsOf(dealer.advisors);
        assertThatThrownBy(() -> book(dealer.car(3), day, NINE, null)).isInstanceOfSatisfying(SlotFull.class, full -> {
            assertThat(full.field()).isEqualTo("time");
            assertThat(full.reasonKey()).isEqualTo("booking.full.advisors");
        });
        assertThat(slot(day, NINE).free()).isZero();
        assertThat(slot(day, LocalTime.of(9, 30)).free()).isEqualTo(2);
    }

    @Test
    void aBookingAndItsTimelineEntryCommitTogetherAndARefusedOneLeavesNone() {
        dealer.scope.run(() -> calendar.changeRules(rules(1, null)));
        LocalDate day = BookingFixture.daysAhead(5);
        BookingFixture.Car car = dealer.car(1);

        book(car, day, NINE, null);

        // no waiting: the entry was written in the booking's own transaction
        assertThat(timelineKeys(car)).containsOnlyOnce("timeline.appointmentBooked");
        assertThatThrownBy(() -> book(car, day, LocalTime.of(10, 0), null)).isInstanceOf(CarAlreadyExpected.class);
        assertThat(timelineKeys(car)).containsOnlyOnce("timeline.appointmentBooked");
    }

    private List<String> timelineKeys(BookingFixture.Car car) {
        return dealer.scope.call(() -> timeline.recent(car.customerId(), 20)).stream()
                .map(shinrai.customer.CustomerTimeline.Entry::summaryKey)
                .toList();
    }

    @Test
    void fiftyPeopleBookingTheSameSlotAtOnceGetExactlyItsThreePlaces() throws Exception {
        dealer.scope.run(() -> calendar.changeRules(rules(5, 3)));
        LocalDate day = BookingFixture.daysAhead(6);
        List<BookingFixture.Car> cars = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            cars.add(dealer.car(100 + i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> attempts = cars.stream()
                .<Callable<Boolean>>map(car -> () -> {
                    start.await();
                    try {
                        book(car, day, NINE, null);
                        return true;
                    } catch (SlotFull full) {
                        return false;
                    }
                })
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            attempts.forEach(attempt -> outcomes.add(pool.submit(attempt)));
            start.countDown();
            int booked = 0;
            for (Future<Boolean> outcome : outcomes) {
                booked += outcome.get() ? 1 : 0;
            }
            assertThat(booked).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dealer.scope.call(() -> appointments.onDay(day))).hasSize(3);
    }

    @Test
    void anAdvisorAskedForIsBookedOnlyWhileTheyHaveRoomAndNotWhileBlocked() {
        dealer.scope.run(() -> calendar.changeRules(rules(1, null)));
        LocalDate day = BookingFixture.daysAhead(7);
        long wanted = dealer.advisors.get(0);
        dealer.scope.run(() -> calendar.block(
                wanted,
                day.atTime(14, 0).atZone(BookingFixture.SHANGHAI).toInstant(),
                day.atTime(15, 0).atZone(BookingFixture.SHANGHAI).toInstant(),
                "培训"));

        assertThat(book(dealer.car(11), day, NINE, wanted).advisorId()).isEqualTo(wanted);
        assertThatThrownBy(() -> book(dealer.car(12), day, NINE, wanted)).isInstanceOf(SlotFull.class);
        assertThatThrownBy(() -> book(dealer.car(13), day, LocalTime.of(14, 30), wanted))
                .isInstanceOf(SlotFull.class);
        assertThat(book(dealer.car(14), day, LocalTime.of(14, 30), null).advisorId())
                .as("whoever is free takes the blocked advisor's place")
                .isEqualTo(dealer.advisors.get(1));
    }

    @Test
    void holidaysAndDealerWideBlockedTimeCloseTheirSlots() {
        LocalDate holiday = BookingFixture.daysAhead(8);
        LocalDate day = BookingFixture.daysAhead(9);
        dealer.scope.run(() -> {
            calendar.addHoliday(new BookingCalendar.Holiday(holiday, "店庆休息"));
            calendar.block(
                    null,
                    day.atTime(12, 0).atZone(BookingFixture.SHANGHAI).toInstant(),
                    day.atTime(13, 30).atZone(BookingFixture.SHANGHAI).toInstant(),
                    "午休");
        });

        Availability.DayAvailability closed = dealer.scope.call(() -> availability.of(holiday, null, Set.of()));
        assertThat(closed.holiday()).isEqualTo("店庆休息");
        assertThat(closed.anyFree()).isFalse();
        assertThatThrownBy(() -> book(dealer.car(21), holiday, NINE, null))
                .isInstanceOfSatisfying(
                        SlotUnavailable.class,
                        refused -> assertThat(refused.reasonKey()).isEqualTo("booking.full.holiday"));
        assertThat(slot(day, LocalTime.of(12, 30)).fullReason()).isEqualTo("booking.full.blocked");
        assertThat(slot(day, LocalTime.of(13, 30)).hasRoom()).isTrue();
    }

    @Test
    void theWorkshopsBaysAndTechnicianHoursLimitWhatIsBooked() {
        dealer.scope.run(() -> {
            calendar.changeRules(rules(5, null));
            calendar.changeWorkshop(new WorkshopCapacity(WorkshopSection.BODY_PAINT, 1, new BigDecimal("16")));
        });
        LocalDate day = BookingFixture.daysAhead(10);

        book(dealer.car(31), day, NINE, null, ServiceRequest.BODY_PAINT);
        assertThatThrownBy(() -> book(dealer.car(32), day, NINE, null, ServiceRequest.BODY_PAINT))
                .as("the only paint bay takes one car per slot")
                .isInstanceOfSatisfying(
                        SlotFull.class, full -> assertThat(full.reasonKey()).isEqualTo("booking.full.bays"));
        book(dealer.car(33), day, LocalTime.of(10, 0), null, ServiceRequest.BODY_PAINT);
        assertThatThrownBy(() -> book(dealer.car(34), day, LocalTime.of(11, 0), null, ServiceRequest.BODY_PAINT))
                .as("two paint jobs of 8 hours fill the day's 16")
                .isInstanceOfSatisfying(
                        SlotFull.class, full -> assertThat(full.reasonKey()).isEqualTo("booking.full.hours"));
        assertThat(book(dealer.car(35), day, LocalTime.of(11, 0), null, ServiceRequest.ROUTINE_MAINTENANCE))
                .as("the quick-service lane still has hours")
                .isNotNull();
    }

    @Test
    void slotsInThePastOffTheGridOrBeyondTheHorizonCannotBeBooked() {
        LocalDate today = BookingFixture.daysAhead(0);
        assertThatThrownBy(() -> book(dealer.car(41), today.minusDays(1), NINE, null))
                .isInstanceOfSatisfying(
                        SlotUnavailable.class,
                        closed -> assertThat(closed.reasonKey()).isEqualTo("booking.full.past"));
        assertThatThrownBy(() -> book(dealer.car(42), today.plusDays(3), LocalTime.of(9, 10), null))
                .isInstanceOfSatisfying(
                        SlotUnavailable.class,
                        closed -> assertThat(closed.reasonKey()).isEqualTo("booking.full.notASlot"));
        assertThatThrownBy(() -> book(dealer.car(43), today.plusDays(61), NINE, null))
                .isInstanceOfSatisfying(
                        SlotUnavailable.class,
                        closed -> assertThat(closed.reasonKey()).isEqualTo("booking.full.beyondHorizon"));
    }

    @Test
    void aTimeThatIsNotOneOfTheStoresSlotsSaysSoRatherThanFull() {
        assertThatThrownBy(() -> book(dealer.car(44), BookingFixture.daysAhead(3), LocalTime.of(7, 0), null))
                .isInstanceOfSatisfying(SlotUnavailable.class, closed -> {
                    assertThat(closed).isNotInstanceOf(SlotFull.class);
                    assertThat(closed.messageKey()).isEqualTo("booking.error.slotUnavailable");
                    assertThat(closed.reasonKey()).isEqualTo("booking.full.notASlot");
                    assertThat(closed.field()).isEqualTo("time");
                });
    }

    @Test
    void aBookingWithoutTimeOrServicesIsRefusedNamingBoth() {
        BookingFixture.Car car = dealer.car(45);
        assertThatThrownBy(() -> dealer.scope.call(() -> appointments.book(new BookingRequest(
                        car.customerId(),
                        car.vehicleId(),
                        BookingFixture.daysAhead(3),
                        null,
                        null,
                        Set.of(),
                        "",
                        Transport.WAIT,
                        BookingChannel.ONLINE,
                        false))))
                .isInstanceOfSatisfying(
                        shinrai.shared.InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(shinrai.shared.BusinessRuleViolation::field)
                                .containsExactlyInAnyOrder("time", "services"));
    }

    @Test
    void aCarBookedThatDayIsBookedAgainOnlyWhenTheDeskSaysItMeansTo() {
        dealer.scope.run(() -> calendar.changeRules(rules(5, null)));
        LocalDate day = BookingFixture.daysAhead(13);
        BookingFixture.Car car = dealer.car(46);
        book(car, day, NINE, null);

        assertThatThrownBy(() -> book(car, day, LocalTime.of(15, 0), null))
                .isInstanceOfSatisfying(CarAlreadyExpected.class, refused -> {
                    assertThat(refused.field()).isEqualTo("vehicleId");
                    assertThat(refused.inWorkshop()).isFalse();
                    assertThat(refused.arguments()).containsExactly(day.toString(), "09:00");
                });
        Appointment deliberate = dealer.scope.call(() -> appointments
                .book(new BookingRequest(
                        car.customerId(),
                        car.vehicleId(),
                        day,
                        LocalTime.of(15, 0),
                        null,
                        Set.of(ServiceRequest.DIAGNOSIS),
                        "下午再来一次",
                        Transport.WAIT,
                        BookingChannel.PHONE,
                        false,
                        true))
                .appointment());
        assertThat(deliberate.startsAt().atZone(BookingFixture.SHANGHAI).toLocalTime())
                .isEqualTo(LocalTime.of(15, 0));
        assertThat(book(car, day.plusDays(1), NINE, null))
                .as("another day is another visit")
                .isNotNull();
    }

    @Test
    void theSameCarBookedTwentyTimesAtOnceForOneDayIsBookedOnce() throws Exception {
        dealer.scope.run(() -> calendar.changeRules(rules(5, null)));
        LocalDate day = BookingFixture.daysAhead(14);
        BookingFixture.Car car = dealer.car(47);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                LocalTime time = LocalTime.of(9, 0).plusMinutes(30L * (i % 4));
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        book(car, day, time, null);
                        return true;
                    } catch (CarAlreadyExpected twice) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int booked = 0;
            for (Future<Boolean> outcome : outcomes) {
                booked += outcome.get() ? 1 : 0;
            }
            assertThat(booked).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dealer.scope.call(() -> appointments.onDay(day)))
                .as("one place taken and one confirmation queued, not twenty")
                .hasSize(1);
    }

    @Test
    void aCarInTheWorkshopIsToldSoAndBookedOnlyDeliberately() {
        BookingFixture.Car car = dealer.car(48);
        dealer.advisor(0)
                .run(() -> receptions.receive(new shinrai.reception.ReceptionRequest(
                        null, car.vehicleId(), "刹车异响", 12_000, false, 4, "", List.of(), true, true, true)));

        assertThatThrownBy(() -> book(car, BookingFixture.daysAhead(15), NINE, null))
                .isInstanceOfSatisfying(CarAlreadyExpected.class, refused -> {
                    assertThat(refused.inWorkshop()).isTrue();
                    assertThat(refused.messageKey()).isEqualTo("booking.error.inWorkshop");
                    assertThat((String) refused.arguments()[0]).matches("RO\\d{8}-\\d{4}");
                });
    }

    @Test
    void removingAClosedDayOrBlockedTimeThatIsNotThereSaysSo() {
        LocalDate day = BookingFixture.daysAhead(20);
        assertThatThrownBy(() -> dealer.scope.run(() -> calendar.removeHoliday(day)))
                .isInstanceOfSatisfying(
                        shinrai.shared.NotFound.class,
                        missing -> assertThat(missing.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> dealer.scope.run(() -> calendar.unblock(Long.MAX_VALUE)))
                .isInstanceOf(shinrai.shared.NotFound.class);
        dealer.scope.run(() -> calendar.addHoliday(new BookingCalendar.Holiday(day, "店庆")));
        dealer.scope.run(() -> calendar.removeHoliday(day));
        assertThatThrownBy(() -> dealer.scope.run(() -> calendar.removeHoliday(day)))
                .as("removed once, not twice")
                .isInstanceOf(shinrai.shared.NotFound.class);
    }

    @Test
    void onlyTheOwnersCarCanBeBookedForThem() {
        BookingFixture.Car mine = dealer.car(51);
        BookingFixture.Car someoneElses = dealer.car(52);
        assertThatThrownBy(() -> dealer.scope.call(() -> appointments.book(new BookingRequest(
                        mine.customerId(),
                        someoneElses.vehicleId(),
                        BookingFixture.daysAhead(4),
                        NINE,
                        null,
                        Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
                        "",
                        Transport.WAIT,
                        BookingChannel.PHONE,
                        false))))
                .isInstanceOfSatisfying(
                        shinrai.shared.InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(shinrai.shared.BusinessRuleViolation::field)
                                .containsExactly("vehicleId"));
    }

    @Test
    void aLateArrivalIsRecordedWithItsMinutesAndANoShowOnlyOnceTheSlotHasBegun() {
        LocalDate day = BookingFixture.daysAhead(3);
        Appointment late = book(dealer.car(61), day, NINE, null);
        Appointment missed = book(dealer.car(62), day, LocalTime.of(10, 0), null);
        assertThatThrownBy(() -> dealer.scope.call(() -> appointments.noShow(missed.id())))
                .isInstanceOfSatisfying(
                        InvalidBooking.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("booking.error.noShowTooEarly"));
        // the clock is real, so the slots are moved back in time instead
        org.springframework.jdbc.core.simple.JdbcClient.create(owner)
                .sql("""
                        UPDATE appointment.appointment SET starts_at = now() - interval '40 minutes',
                                                           ends_at = now() - interval '10 minutes'
                        WHERE dealer_id = :dealer""")
                .param("dealer", dealer.dealerId)
                .update();

        Appointment arrived = dealer.scope.call(() -> appointments.arrive(late.id()));
        Appointment noShow = dealer.scope.call(() -> appointments.noShow(missed.id()));

        assertThat(arrived.status()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(arrived.lateMinutes()).isBetween(39, 41);
        assertThat(noShow.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThatThrownBy(() -> dealer.scope.call(() -> appointments.arrive(noShow.id())))
                .isInstanceOf(InvalidBooking.class);
    }

    @Test
    void aRescheduledBookingTakesItsNewSlotOnlyIfThereIsRoomAndFreesItsOldOne() {
        dealer.scope.run(() -> calendar.changeRules(rules(1, null)));
        LocalDate day = BookingFixture.daysAhead(11);
        Appointment moving = book(dealer.car(81), day, NINE, null);
        book(dealer.car(82), day, LocalTime.of(10, 0), null);
        book(dealer.car(83), day, LocalTime.of(10, 0), null);

        assertThatThrownBy(() ->
                        dealer.scope.call(() -> appointments.reschedule(moving.id(), day, LocalTime.of(10, 0), null)))
                .isInstanceOf(SlotFull.class);
        Appointment moved = dealer.scope.call(() -> appointments.reschedule(moving.id(), day.plusDays(1), NINE, null));

        assertThat(moved.day()).isEqualTo(day.plusDays(1));
        assertThat(moved.startsAt())
                .isEqualTo(day.plusDays(1)
                        .atTime(NINE)
                        .atZone(BookingFixture.SHANGHAI)
                        .toInstant());
        assertThat(slot(day, NINE).free()).as("the old slot is free again").isEqualTo(2);
    }

    @Test
    void aBookingIsNotMovedOntoADayItsCarIsBookedAlready() {
        LocalDate day = BookingFixture.daysAhead(13);
        var car = dealer.car(84);
        Appointment morning = book(car, day, NINE, null);
        Appointment nextDay = book(car, day.plusDays(1), NINE, null);

        assertThatThrownBy(() ->
                        dealer.scope.call(() -> appointments.reschedule(nextDay.id(), day, LocalTime.of(10, 0), null)))
                .isInstanceOf(CarAlreadyExpected.class);
        assertThat(dealer.scope
                        .call(() -> appointments.reschedule(morning.id(), day, LocalTime.of(10, 0), null))
                        .startsAt())
                .as("the same booking moves within its own day")
                .isEqualTo(day.atTime(10, 0).atZone(BookingFixture.SHANGHAI).toInstant());
    }

    @Test
    void onlyTheDealersTechniciansArePreAssignedAndTheSetUpRefusesNamesItCannotStore() {
        Appointment booked = book(dealer.car(91), BookingFixture.daysAhead(12), NINE, null);

        assertThatThrownBy(() -> dealer.scope.call(() -> appointments.prepare(booked.id(), dealer.advisors.get(0), "")))
                .as("an advisor is not a technician")
                .isInstanceOfSatisfying(
                        InvalidBooking.class,
                        refused -> assertThat(refused.field()).isEqualTo("technicianId"));
        assertThat(dealer.scope
                        .call(() -> appointments.prepare(booked.id(), dealer.technician, "机滤有货"))
                        .technicianId())
                .isEqualTo(dealer.technician);
        assertThatThrownBy(() -> dealer.scope.run(
                        () -> calendar.addHoliday(new BookingCalendar.Holiday(BookingFixture.daysAhead(30), "   "))))
                .isInstanceOfSatisfying(
                        InvalidBookingSetUp.class,
                        refused -> assertThat(refused.field()).isEqualTo("name"));
        assertThatThrownBy(() -> dealer.scope.run(() -> calendar.block(
                        null,
                        BookingFixture.daysAhead(30)
                                .atTime(9, 0)
                                .atZone(BookingFixture.SHANGHAI)
                                .toInstant(),
                        BookingFixture.daysAhead(30)
                                .atTime(10, 0)
                                .atZone(BookingFixture.SHANGHAI)
                                .toInstant(),
                        "长".repeat(201))))
                .isInstanceOfSatisfying(
                        shinrai.shared.InvalidInput.class,
                        refused -> assertThat(refused.violations())
                                .extracting(shinrai.shared.BusinessRuleViolation::field)
                                .containsExactly("reason"));
    }

    @Test
    void aCarNotHereAnHourAfterItsSlotBeganIsMarkedANoShowByTheSweep() {
        LocalDate day = BookingFixture.daysAhead(3);
        Appointment forgotten = book(dealer.car(71), day, NINE, null);
        Appointment stillOnItsWay = book(dealer.car(72), day, LocalTime.of(9, 30), null);
        org.springframework.jdbc.core.simple.JdbcClient owners =
                org.springframework.jdbc.core.simple.JdbcClient.create(owner);
        owners.sql("UPDATE appointment.appointment SET starts_at = now() - interval '61 minutes' WHERE id = :id")
                .param("id", forgotten.id())
                .update();
        owners.sql("UPDATE appointment.appointment SET starts_at = now() - interval '20 minutes' WHERE id = :id")
                .param("id", stillOnItsWay.id())
                .update();

        sweep.markMissedAppointments();

        assertThat(dealer.scope.call(() -> appointments.get(forgotten.id()).status()))
                .isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(dealer.scope.call(() -> appointments.get(stillOnItsWay.id()).status()))
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    private Appointment book(BookingFixture.Car car, LocalDate day, LocalTime time, Long advisor) {
        return book(car, day, time, advisor, ServiceRequest.DIAGNOSIS);
    }

    private Appointment book(
            BookingFixture.Car car, LocalDate day, LocalTime time, Long advisor, ServiceRequest service) {
        return dealer.scope.call(() -> appointments
                .book(new BookingRequest(
                        car.customerId(),
                        car.vehicleId(),
                        day,
                        time,
                        advisor,
                        Set.of(service),
                        "发动机有异响",
                        Transport.WAIT,
                        BookingChannel.PHONE,
                        false))
                .appointment());
    }

    private Availability.Slot slot(LocalDate day, LocalTime time) {
        return dealer.scope.call(() -> availability.of(day, null, Set.of()).slots().stream()
                .filter(s -> s.time().equals(time))
                .findFirst()
                .orElseThrow());
    }

    static BookingRules rules(int perAdvisor, Integer maxPerSlot) {
        return new BookingRules(30, perAdvisor, maxPerSlot, 60, 15, 60, LocalTime.of(10, 0));
    }
}

package shinrai.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.CustomerBook;
import shinrai.database.SchemaOwner;
import shinrai.messaging.QueuedMessage;
import shinrai.vehicle.VehicleRegister;

/**
 * The outbox holds exactly the confirmations and reminders a day's bookings call for, on a channel each customer
 * consented to, and nothing for customers who did not.
 */
@ApplicationTest
class BookingMessagesTest {

    @Autowired
    Appointments appointments;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    @SchemaOwner
    DataSource owner;

    BookingFixture dealer;

    @BeforeEach
    void aDealerOfItsOwn() {
        dealer = new BookingFixture(owner, customers, vehicles, 3);
    }

    @Test
    void aDaysBookingsQueueAConfirmationAndAReminderForEachCustomerWhoConsentedAndNothingForOthers() {
        LocalDate day = BookingFixture.daysAhead(4);
        BookingFixture.Car sms = dealer.car(1);
        BookingFixture.Car wechatOnly = dealer.car(2, "wx_wang2");
        BookingFixture.Car withdrawn = dealer.car(3);
        BookingFixture.Car neverAsked = dealer.car(4);
        BookingFixture.Car agreedWhenBooking = dealer.car(5);
        dealer.scope.run(() -> {
            customers.recordConsent(sms.customerId(), ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
            customers.recordConsent(wechatOnly.customerId(), ConsentChannel.WECHAT, true, ConsentMethod.WECHAT, "");
            customers.recordConsent(withdrawn.customerId(), ConsentChannel.SMS, true, ConsentMethod.SIGNED_FORM, "");
            customers.recordConsent(
                    withdrawn.customerId(), ConsentChannel.SMS, false, ConsentMethod.OPT_OUT_REPLY, "TD");
        });

        Map<BookingFixture.Car, Appointments.Booked> booked = Map.of(
                sms, book(sms, day, LocalTime.of(9, 0), false),
                wechatOnly, book(wechatOnly, day, LocalTime.of(9, 30), false),
                withdrawn, book(withdrawn, day, LocalTime.of(10, 0), false),
                neverAsked, book(neverAsked, day, LocalTime.of(10, 30), false),
                agreedWhenBooking, book(agreedWhenBooking, day, LocalTime.of(11, 0), true));

        List<Appointment> dayList = dealer.scope.call(() -> appointments.onDay(day));
        Map<Long, List<QueuedMessage>> outbox = dealer.scope.call(() -> appointments.messages(dayList));
        assertThat(topicsAndChannels(outbox.get(booked.get(sms).appointment().id())))
                .containsExactly("APPOINTMENT_CONFIRMATION SMS", "APPOINTMENT_REMINDER SMS");
        assertThat(topicsAndChannels(
                        outbox.get(booked.get(wechatOnly).appointment().id())))
                .containsExactly("APPOINTMENT_CONFIRMATION WECHAT", "APPOINTMENT_REMINDER WECHAT");
        assertThat(topicsAndChannels(
                        outbox.get(booked.get(agreedWhenBooking).appointment().id())))
                .containsExactly("APPOINTMENT_CONFIRMATION SMS", "APPOINTMENT_REMINDER SMS");
        assertThat(outbox)
                .doesNotContainKeys(
                        booked.get(withdrawn).appointment().id(),
                        booked.get(neverAsked).appointment().id());
        assertThat(outbox.values().stream().mapToInt(List::size).sum()).isEqualTo(6);
        assertThat(booked.get(neverAsked).messages()).isEmpty();

        QueuedMessage reminder = outbox.get(booked.get(sms).appointment().id()).get(1);
        assertThat(reminder.dueAt())
                .isEqualTo(day.minusDays(1)
                        .atTime(10, 0)
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant());
        assertThat(reminder.address()).isEqualTo("+8619800000001");
        assertThat(reminder.body()).contains("预约测试店", "09:00", "沪A00001");
        assertThat(dealer.scope
                        .call(() -> customers.currentConsents(agreedWhenBooking.customerId()))
                        .get(ConsentChannel.SMS)
                        .method())
                .as("agreeing on the phone is recorded as verbal consent")
                .isEqualTo(ConsentMethod.VERBAL);
    }

    @Test
    void cancellingWithdrawsThePendingReminderAndTellsTheCustomer() {
        BookingFixture.Car car = dealer.car(11);
        Appointments.Booked booked = book(car, BookingFixture.daysAhead(5), LocalTime.of(9, 0), true);

        dealer.scope.run(() -> appointments.cancel(booked.appointment().id(), "客户改期"));

        List<QueuedMessage> messages = dealer.scope
                .call(() -> appointments.messages(List.of(booked.appointment())))
                .get(booked.appointment().id());
        assertThat(messages)
                .extracting(m -> m.topic() + " " + m.status())
                .containsExactly(
                        "APPOINTMENT_CONFIRMATION PENDING",
                        "APPOINTMENT_REMINDER CANCELLED",
                        "APPOINTMENT_CANCELLATION PENDING");
    }

    @Test
    void reschedulingTellsTheCustomerTheNewTimeAndMovesTheReminder() {
        BookingFixture.Car car = dealer.car(21);
        LocalDate day = BookingFixture.daysAhead(6);
        Appointments.Booked booked = book(car, day, LocalTime.of(9, 0), true);

        Appointment moved = dealer.scope.call(
                () -> appointments.reschedule(booked.appointment().id(), day.plusDays(1), LocalTime.of(15, 30), null));

        List<QueuedMessage> messages =
                dealer.scope.call(() -> appointments.messages(List.of(moved))).get(moved.id());
        assertThat(messages)
                .extracting(m -> m.topic() + " " + m.status())
                .containsExactly(
                        "APPOINTMENT_CONFIRMATION PENDING",
                        "APPOINTMENT_REMINDER CANCELLED",
                        "APPOINTMENT_CONFIRMATION PENDING",
                        "APPOINTMENT_REMINDER PENDING");
        assertThat(messages.get(2).body()).contains("改到", "15:30");
        assertThat(messages.get(3).dueAt())
                .isEqualTo(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aReminderIsDueTheDayBeforeAtTheDealersTimeUnlessThatMomentHasPassed() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2026, 12, 3);
        BookingRules rules = AppointmentBookingTest.rules(2, null);
        Instant dayBeforeAtTen = Instant.parse("2026-12-02T02:00:00Z");

        assertThat(Appointments.reminderDue(day, rules, shanghai, Instant.parse("2026-11-30T00:00:00Z")))
                .contains(dayBeforeAtTen);
        assertThat(Appointments.reminderDue(day, rules, shanghai, dayBeforeAtTen.minusSeconds(1)))
                .contains(dayBeforeAtTen);
        assertThat(Appointments.reminderDue(day, rules, shanghai, dayBeforeAtTen))
                .as("booked at or after the reminder time: the confirmation is reminder enough")
                .isEmpty();
    }

    private Appointments.Booked book(BookingFixture.Car car, LocalDate day, LocalTime time, boolean consents) {
        return dealer.scope.call(() -> appointments.book(new BookingRequest(
                car.customerId(),
                car.vehicleId(),
                day,
                time,
                null,
                Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
                "",
                Transport.DROP_OFF,
                BookingChannel.PHONE,
                consents)));
    }

    private static List<String> topicsAndChannels(List<QueuedMessage> messages) {
        return messages.stream().map(m -> m.topic() + " " + m.channel()).toList();
    }
}

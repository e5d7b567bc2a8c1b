package shinrai.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.CustomersWithCars;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.SendingHours;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/** A message queued at night falls due when the dealer's sending hours open, not at 02:56. */
@ApplicationTest
class SendingHoursOutboxTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DealerScope D001 = DealerScope.systemFor(1);
    static final Instant FOUR_MINUTES_TO_THREE =
            LocalDateTime.parse("2026-12-03T02:56").atZone(SHANGHAI).toInstant();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    MessageSource texts;

    @Autowired
    DealerDirectory dealers;

    /** The outbox as the application builds it, on a clock that stands at 02:56 in Shanghai. */
    Outbox outboxAt(Instant now) {
        return new Outbox(jdbc, customers, texts, dealers, Clock.fixed(now, SHANGHAI));
    }

    @Test
    void aConfirmationQueuedAtFourMinutesToThreeIsDueAtEight() {
        long customer = smsCustomer("19855550001", 1);

        List<QueuedMessage> queued = D001.call(() ->
                outboxAt(FOUR_MINUTES_TO_THREE).enqueueAll(List.of(confirmation(customer, FOUR_MINUTES_TO_THREE))));

        assertThat(queued).singleElement().satisfies(message -> {
            assertThat(message.channel()).isEqualTo(ConsentChannel.SMS);
            assertThat(message.dueAt())
                    .isEqualTo(LocalDateTime.parse("2026-12-03T08:00")
                            .atZone(SHANGHAI)
                            .toInstant());
            assertThat(message.createdAt()).isEqualTo(FOUR_MINUTES_TO_THREE);
        });
    }

    @Test
    void theDealersOwnHoursAreKept() {
        long customer = smsCustomer("19855550002", 2);
        Instant halfPastNine =
                LocalDateTime.parse("2026-12-03T09:30").atZone(SHANGHAI).toInstant();
        SendingHours before = D001.call(() -> dealers.current().sendingHours());
        try {
            D001.run(() -> dealers.changeSendingHours(
                    new SendingHours(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(20, 0))));

            List<QueuedMessage> queued =
                    D001.call(() -> outboxAt(halfPastNine).enqueueAll(List.of(confirmation(customer, halfPastNine))));

            assertThat(queued)
                    .singleElement()
                    .extracting(QueuedMessage::dueAt)
                    .isEqualTo(LocalDateTime.parse("2026-12-03T10:00")
                            .atZone(SHANGHAI)
                            .toInstant());
        } finally {
            D001.run(() -> dealers.changeSendingHours(before));
        }
    }

    private long smsCustomer(String mobile, int n) {
        long customer = new CustomersWithCars(customers, vehicles)
                .register(D001, "孙夜间" + n, null, mobile, "", String.format("LSGNCGHT0NP%06d", n), "沪N" + (55550 + n))
                .customerId();
        D001.run(() -> customers.recordConsent(customer, ConsentChannel.SMS, true, ConsentMethod.VERBAL, ""));
        return customer;
    }

    private static OutboundMessage confirmation(long customer, Instant now) {
        return new OutboundMessage(
                customer,
                MessagePurpose.BOOKING,
                "APPOINTMENT_CONFIRMATION",
                "appointment:0",
                now,
                "message.appointment.confirmation",
                List.of("信赖丰田", "12月3日 09:00", "沪N55551", "021-1"));
    }
}

package shinrai.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/**
 * The call's course decided by the aggregate, on times given by the test: Shanghai, calling hours 08:30–18:00, the
 * default terms (due from day 1, late after day 3, three tries).
 */
class FollowUpCallTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final CallHours HOURS = new CallHours(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(18, 0));
    static final StaffId AGENT = new StaffId(7);

    static Instant shanghai(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    static FollowUpCall deliveredAt(Instant at, CallTerms terms) {
        return deliveredAt(at, terms, HOURS, ContactTime.ANY);
    }

    static FollowUpCall deliveredAt(Instant at, CallTerms terms, CallHours hours, ContactTime preferred) {
        return FollowUpCall.afterDelivery(
                new RepairOrderId(1),
                "RO20261124-0001",
                new CustomerId(2),
                new VehicleId(3),
                new StaffId(4),
                5,
                4,
                at,
                terms,
                hours,
                preferred,
                AGENT,
                null,
                at);
    }

    @Test
    void aCallIsDueFromTheOpeningOfTheDayAfterDeliveryAndLateAfterTheCloseOfTheThirdDay() {
        FollowUpCall call = deliveredAt(shanghai(11, 24, 16, 0), CallTerms.DEFAULT);

        assertThat(call.dueAt()).isEqualTo(shanghai(11, 25, 8, 30));
        assertThat(call.nextCallAt()).isEqualTo(call.dueAt());
        assertThat(call.overdueAt()).isEqualTo(shanghai(11, 27, 18, 0));
        assertThat(call.status()).isEqualTo(CallStatus.OPEN);
        assertThat(call.assignedTo()).isEqualTo(AGENT);
        assertThat(call.overdue(shanghai(11, 27, 17, 59))).isFalse();
        assertThat(call.overdue(shanghai(11, 27, 18, 1))).isTrue();
    }

    @Test
    void theDaysCountInTheDealersTimeZoneNotInUtc() {
        // 23:55 in Shanghai is still 24 November there, but already 15:55 UTC of the same day; 00:30 on the 25th
        // in Shanghai is 16:30 UTC on the 24th: a day cut in UTC would make it due a day early
        FollowUpCall lateEvening = deliveredAt(shanghai(11, 24, 23, 55), CallTerms.DEFAULT);
        FollowUpCall afterMidnight = deliveredAt(shanghai(11, 25, 0, 30), CallTerms.DEFAULT);

        assertThat(lateEvening.dueAt()).isEqualTo(shanghai(11, 25, 8, 30));
        assertThat(afterMidnight.dueAt()).isEqualTo(shanghai(11, 26, 8, 30));
        assertThat(afterMidnight.overdueAt()).isEqualTo(shanghai(11, 28, 18, 0));
    }

    @Test
    void theDealersOwnDaysMoveTheDueAndLateTimes() {
        FollowUpCall sameDay = deliveredAt(shanghai(11, 24, 10, 0), new CallTerms(0, 2, 3, null));
        FollowUpCall week = deliveredAt(shanghai(11, 24, 10, 0), new CallTerms(2, 7, 3, null));

        assertThat(sameDay.dueAt()).as("due from the moment the car left").isEqualTo(shanghai(11, 24, 10, 0));
        assertThat(sameDay.overdueAt()).isEqualTo(shanghai(11, 26, 18, 0));
        assertThat(week.dueAt()).isEqualTo(shanghai(11, 26, 8, 30));
        assertThat(week.overdueAt()).isEqualTo(shanghai(12, 1, 18, 0));
    }

    @Test
    void anUnansweredCallIsTriedAgainInTwoHoursThenTheNextDayThenClosedAsUnreachableAfterTheThirdTry() {
        FollowUpCall call = deliveredAt(shanghai(11, 24, 16, 0), CallTerms.DEFAULT);

        call.record(CallOutcome.NOT_REACHED, "无人接听", AGENT, shanghai(11, 25, 9, 0), CallTerms.DEFAULT, HOURS);
        assertThat(call.nextCallAt()).isEqualTo(shanghai(11, 25, 11, 0));
        assertThat(call.status()).isEqualTo(CallStatus.OPEN);

        call.record(CallOutcome.NOT_REACHED, "占线", AGENT, shanghai(11, 25, 11, 5), CallTerms.DEFAULT, HOURS);
        assertThat(call.nextCallAt()).isEqualTo(shanghai(11, 26, 11, 5));

        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 26, 11, 10), CallTerms.DEFAULT, HOURS);
        assertThat(call.status()).isEqualTo(CallStatus.UNREACHABLE);
        assertThat(call.closedAt()).isEqualTo(shanghai(11, 26, 11, 10));
        assertThat(call.closedBy()).isEqualTo(AGENT);
        assertThat(call.attempts())
                .extracting(CallAttempt::number, CallAttempt::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, CallOutcome.NOT_REACHED),
                        org.assertj.core.groups.Tuple.tuple(2, CallOutcome.NOT_REACHED),
                        org.assertj.core.groups.Tuple.tuple(3, CallOutcome.NOT_REACHED));
    }

    @Test
    void aTryThatWouldFallAfterClosingFallsDueAtTheNextOpening() {
        CallTerms fiveTries = new CallTerms(1, 3, 5, null);
        FollowUpCall call = deliveredAt(shanghai(11, 24, 16, 0), fiveTries);

        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 17, 0), fiveTries, HOURS);
        assertThat(call.nextCallAt()).isEqualTo(shanghai(11, 26, 8, 30));
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 26, 9, 0), fiveTries, HOURS);
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 27, 9, 0), fiveTries, HOURS);
        assertThat(call.nextCallAt()).as("two days after the third").isEqualTo(shanghai(11, 29, 9, 0));
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 29, 9, 0), fiveTries, HOURS);
        assertThat(call.status()).isEqualTo(CallStatus.OPEN);
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(12, 1, 9, 0), fiveTries, HOURS);
        assertThat(call.status()).isEqualTo(CallStatus.UNREACHABLE);
    }

    @Test
    void reachedRefusedAndWrongNumberCloseTheTaskWhichThenTakesNoMoreCalls() {
        for (CallOutcome closing :
                new CallOutcome[] {CallOutcome.REACHED, CallOutcome.REFUSED, CallOutcome.WRONG_NUMBER}) {
            FollowUpCall call = deliveredAt(shanghai(11, 24, 16, 0), CallTerms.DEFAULT);
            call.record(closing, "", AGENT, shanghai(11, 25, 9, 0), CallTerms.DEFAULT, HOURS);

            assertThat(call.status()).isEqualTo(CallStatus.valueOf(closing.name()));
            assertThatThrownBy(() -> call.record(
                            CallOutcome.REACHED, "", AGENT, shanghai(11, 25, 10, 0), CallTerms.DEFAULT, HOURS))
                    .isInstanceOf(CallRefused.class)
                    .hasMessageContaining("followUp.refused.closed");
            assertThatThrownBy(() -> call.reassign(new StaffId(8))).isInstanceOf(CallRefused.class);
        }
    }

    @Test
    void aCustomerWhoWithdrewPhoneConsentIsNotCalledAndTheTaskSaysWhy() {
        Instant at = shanghai(11, 24, 16, 0);
        FollowUpCall smsPending = FollowUpCall.afterDelivery(
                new RepairOrderId(1),
                "RO1",
                new CustomerId(2),
                new VehicleId(3),
                new StaffId(4),
                null,
                null,
                at,
                CallTerms.DEFAULT,
                HOURS,
                ContactTime.ANY,
                AGENT,
                NoCallReason.PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS,
                at);
        FollowUpCall nothing = FollowUpCall.afterDelivery(
                new RepairOrderId(1),
                "RO1",
                new CustomerId(2),
                new VehicleId(3),
                new StaffId(4),
                null,
                null,
                at,
                CallTerms.DEFAULT,
                HOURS,
                ContactTime.ANY,
                AGENT,
                NoCallReason.PHONE_WITHDRAWN_NO_SMS,
                at);

        assertThat(smsPending.status()).isEqualTo(CallStatus.SMS_SURVEY_PENDING);
        assertThat(smsPending.assignedTo()).as("nobody is to call").isNull();
        assertThat(nothing.status()).isEqualTo(CallStatus.NOT_CALLED);
        assertThat(nothing.reason()).isEqualTo(NoCallReason.PHONE_WITHDRAWN_NO_SMS);
        assertThatThrownBy(() -> nothing.record(CallOutcome.REACHED, "", AGENT, at, CallTerms.DEFAULT, HOURS))
                .isInstanceOf(CallRefused.class);
    }

    @Test
    void aCustomerWhoPrefersAfternoonsDeliveredInTheMorningIsDueAtTwoOnTheDueDayAndLateAsEveryoneElse() {
        FollowUpCall call = deliveredAt(shanghai(11, 24, 10, 0), CallTerms.DEFAULT, HOURS, ContactTime.AFTERNOON);

        assertThat(call.dueAt()).isEqualTo(shanghai(11, 25, 14, 0));
        assertThat(call.nextCallAt()).isEqualTo(call.dueAt());
        assertThat(call.overdueAt()).as("the dealer's close of the third day").isEqualTo(shanghai(11, 27, 18, 0));
        assertThat(call.preferredTime()).isEqualTo(ContactTime.AFTERNOON);
    }

    @Test
    void onADealerDueTheDayOfDeliveryTheCallWaitsForTheCustomersWindowOrTakesTheNextOne() {
        CallTerms sameDay = new CallTerms(0, 2, 3, null);

        assertThat(deliveredAt(shanghai(11, 24, 10, 0), sameDay, HOURS, ContactTime.AFTERNOON)
                        .dueAt())
                .as("delivered before the window: at its start")
                .isEqualTo(shanghai(11, 24, 14, 0));
        assertThat(deliveredAt(shanghai(11, 24, 15, 0), sameDay, HOURS, ContactTime.AFTERNOON)
                        .dueAt())
                .as("delivered in the window: from the moment the car left")
                .isEqualTo(shanghai(11, 24, 15, 0));
        assertThat(deliveredAt(shanghai(11, 24, 15, 0), sameDay, HOURS, ContactTime.MORNING)
                        .dueAt())
                .as("delivered after the window: the next morning")
                .isEqualTo(shanghai(11, 25, 8, 30));
    }

    @Test
    void eachNextTryAfterAnUnansweredCallFallsInTheCustomersWindow() {
        CallTerms fiveTries = new CallTerms(1, 3, 5, null);
        FollowUpCall afternoons = deliveredAt(shanghai(11, 24, 10, 0), fiveTries, HOURS, ContactTime.AFTERNOON);

        afternoons.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 14, 0), fiveTries, HOURS);
        assertThat(afternoons.nextCallAt())
                .as("two hours on, still the afternoon")
                .isEqualTo(shanghai(11, 25, 16, 0));
        afternoons.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 17, 0), fiveTries, HOURS);
        assertThat(afternoons.nextCallAt()).as("a day on").isEqualTo(shanghai(11, 26, 17, 0));

        FollowUpCall mornings = deliveredAt(shanghai(11, 24, 10, 0), fiveTries, HOURS, ContactTime.MORNING);
        assertThat(mornings.dueAt())
                .as("the morning starts when the dealer opens")
                .isEqualTo(shanghai(11, 25, 8, 30));
        mornings.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 11, 0), fiveTries, HOURS);
        assertThat(mornings.nextCallAt())
                .as("13:00 is past the morning: the next morning")
                .isEqualTo(shanghai(11, 26, 8, 30));

        FollowUpCall midday = deliveredAt(shanghai(11, 24, 10, 0), fiveTries, HOURS, ContactTime.MIDDAY);
        assertThat(midday.dueAt()).isEqualTo(shanghai(11, 25, 12, 0));
        midday.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 12, 30), fiveTries, HOURS);
        assertThat(midday.nextCallAt()).isEqualTo(shanghai(11, 26, 12, 0));
    }

    @Test
    void aCustomerWhoPrefersEveningsAtADealerClosingAtSixIsCalledInTheCallingHoursAndTheTaskKeepsThePreference() {
        FollowUpCall call = deliveredAt(shanghai(11, 24, 10, 0), CallTerms.DEFAULT, HOURS, ContactTime.EVENING);

        assertThat(HOURS.honouring(ContactTime.EVENING)).isEmpty();
        assertThat(call.dueAt()).isEqualTo(shanghai(11, 25, 8, 30));
        assertThat(call.preferredTime()).isEqualTo(ContactTime.EVENING);
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 17, 0), CallTerms.DEFAULT, HOURS);
        assertThat(call.nextCallAt()).as("the calling hours' next opening").isEqualTo(shanghai(11, 26, 8, 30));
    }

    @Test
    void aDealerCallingUntilEightCallsEveningCustomersAtSix() {
        CallHours late = new CallHours(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(20, 0));
        FollowUpCall call = deliveredAt(shanghai(11, 24, 10, 0), CallTerms.DEFAULT, late, ContactTime.EVENING);

        assertThat(call.dueAt()).isEqualTo(shanghai(11, 25, 18, 0));
        call.record(CallOutcome.NOT_REACHED, "", AGENT, shanghai(11, 25, 19, 0), CallTerms.DEFAULT, late);
        assertThat(call.nextCallAt()).as("21:00 is past closing").isEqualTo(shanghai(11, 26, 18, 0));
    }
}

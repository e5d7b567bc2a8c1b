package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SendingHoursTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final SendingHours hours = SendingHours.DEFAULT;

    @Test
    void aMessageDueAtNightWaitsForEightInTheMorning() {
        assertThat(hours.earliestFrom(at("2026-12-03T02:56"), SHANGHAI)).isEqualTo(at("2026-12-03T08:00"));
        assertThat(hours.earliestFrom(at("2026-12-03T21:00"), SHANGHAI))
                .as("the hours end at nine, so nine o'clock waits for the next morning")
                .isEqualTo(at("2026-12-04T08:00"));
        assertThat(hours.earliestFrom(at("2026-12-31T23:30"), SHANGHAI)).isEqualTo(at("2027-01-01T08:00"));
    }

    @Test
    void aMessageDueWithinTheHoursKeepsItsTime() {
        assertThat(hours.earliestFrom(at("2026-12-03T08:00"), SHANGHAI)).isEqualTo(at("2026-12-03T08:00"));
        assertThat(hours.earliestFrom(at("2026-12-03T20:59"), SHANGHAI)).isEqualTo(at("2026-12-03T20:59"));
    }

    @Test
    void theHoursAreTheDealersOwnInItsTimeZone() {
        ZoneId urumqi = ZoneId.of("Asia/Urumqi");
        Instant sevenInUrumqi =
                LocalDateTime.parse("2026-12-03T07:00").atZone(urumqi).toInstant();
        assertThat(hours.earliestFrom(sevenInUrumqi, urumqi))
                .isEqualTo(
                        LocalDateTime.parse("2026-12-03T08:00").atZone(urumqi).toInstant());
        assertThat(hours.earliestFrom(sevenInUrumqi, SHANGHAI))
                .as("the same moment is nine in Shanghai")
                .isEqualTo(sevenInUrumqi);
    }

    @Test
    void hoursThatEndBeforeTheyBeginAreRefused() {
        assertThatThrownBy(() -> new SendingHours(LocalTime.of(21, 0), LocalTime.of(8, 0)))
                .isInstanceOfSatisfying(
                        InvalidDealerProfile.class,
                        refused -> assertThat(refused.field()).isEqualTo("messagesUntil"));
    }

    private static Instant at(String shanghaiTime) {
        return LocalDateTime.parse(shanghaiTime).atZone(SHANGHAI).toInstant();
    }
}

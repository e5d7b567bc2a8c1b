package shinrai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.dealer.PublicLink;
import shinrai.dealer.PublicLinks;

/**
 * The tests' clock: the application keeps time by it, a test moves it, and the next test finds the real time again
 * although nobody reset it by hand.
 */
@ApplicationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestClockTest {

    static final Instant NEW_YEAR_2030 = Instant.parse("2030-01-01T00:00:00Z");

    @Autowired
    TestClock clock;

    @Autowired
    Clock applicationClock;

    @Test
    @Order(1)
    void theApplicationKeepsTimeByTheClockATestMoves(@Autowired PublicLinks links) {
        assertThat(applicationClock).isSameAs(clock);
        String token =
                links.issue(new PublicLink(1, PublicLink.Purpose.REPAIR_PROGRESS, 1, List.of(), null, NEW_YEAR_2030));
        assertThat(links.verify(token, PublicLink.Purpose.REPAIR_PROGRESS).expiresAt())
                .isEqualTo(NEW_YEAR_2030);

        clock.set(LocalDate.of(2029, 12, 31), 23, 59, ZoneId.of("UTC"));
        assertThat(links.verify(token, PublicLink.Purpose.REPAIR_PROGRESS)).isNotNull();
        clock.advance(Duration.ofMinutes(1));
        assertThat(clock.withZone(ZoneId.of("Asia/Shanghai")).instant())
                .as("a clock taken in another zone follows the moves")
                .isEqualTo(NEW_YEAR_2030);
        assertThatThrownBy(() -> links.verify(token, PublicLink.Purpose.REPAIR_PROGRESS))
                .as("expired in the application's eyes")
                .hasMessageContaining("EXPIRED");
        // left moved on purpose: the next test must not see it
    }

    @Test
    @Order(2)
    void theNextTestFindsTheRealTimeAgain() {
        assertThat(clock.isMoved()).isFalse();
        assertThat(Duration.between(applicationClock.instant(), Instant.now()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }
}

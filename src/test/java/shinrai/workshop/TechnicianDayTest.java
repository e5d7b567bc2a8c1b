package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TechnicianDayTest {

    @Test
    void oneStandardHourDoneInFortyEightMinutesIsAHundredAndTwentyFivePerCent() {
        TechnicianDay day = new TechnicianDay(new BigDecimal("1.0"), Duration.ofMinutes(48), Duration.ofMinutes(48));
        assertThat(day.efficiencyPercent()).isEqualTo(125);
        assertThat(day.clockedTodayHours()).isEqualByComparingTo("0.80");
    }

    @Test
    void aDayWithNoFinishedJobHasNoEfficiencyYet() {
        assertThat(new TechnicianDay(BigDecimal.ZERO, Duration.ZERO, Duration.ofMinutes(30)).efficiencyPercent())
                .isNull();
    }

    @Test
    void slowWorkIsBelowAHundredPerCent() {
        assertThat(new TechnicianDay(new BigDecimal("0.5"), Duration.ofMinutes(45), Duration.ofMinutes(45))
                        .efficiencyPercent())
                .isEqualTo(67);
    }
}

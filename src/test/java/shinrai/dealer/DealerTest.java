package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DealerTest {

    final Dealer dealer = new Dealer(
            1L,
            1L,
            "D001",
            "信赖丰田4S店",
            "上海",
            "021-1",
            LocalTime.of(8, 30),
            LocalTime.of(18, 0),
            "Asia/Shanghai",
            new BigDecimal("380.00"),
            SendingHours.DEFAULT.from(),
            SendingHours.DEFAULT.until(),
            0);

    @Test
    void updatesItsProfile() {
        dealer.updateProfile(profile(LocalTime.of(8, 0), LocalTime.of(20, 0), "Asia/Urumqi", "400"));
        assertThat(dealer.opensAt()).isEqualTo(LocalTime.of(8, 0));
        assertThat(dealer.zone().getId()).isEqualTo("Asia/Urumqi");
        assertThat(dealer.labourRate()).isEqualByComparingTo("400");
    }

    @Test
    void refusesToCloseBeforeItOpens() {
        assertThatThrownBy(() ->
                        dealer.updateProfile(profile(LocalTime.of(18, 0), LocalTime.of(8, 0), "Asia/Shanghai", "1")))
                .hasFieldOrPropertyWithValue("field", "closesAt");
    }

    @Test
    void refusesATimeZoneThatDoesNotExist() {
        assertThatThrownBy(() ->
                        dealer.updateProfile(profile(LocalTime.of(8, 0), LocalTime.of(18, 0), "Asia/Atlantis", "1")))
                .hasFieldOrPropertyWithValue("field", "timeZone");
    }

    @Test
    void refusesANegativeLabourRate() {
        assertThatThrownBy(() ->
                        dealer.updateProfile(profile(LocalTime.of(8, 0), LocalTime.of(18, 0), "Asia/Shanghai", "-1")))
                .hasFieldOrPropertyWithValue("field", "labourRate");
        assertThat(dealer.labourRate()).isEqualByComparingTo("380");
    }

    private static DealerProfile profile(LocalTime opens, LocalTime closes, String zone, String rate) {
        return new DealerProfile("信赖丰田4S店", "上海", "021-1", opens, closes, zone, new BigDecimal(rate));
    }
}

package shinrai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Money is exact to the fen, with one rounding rule: a product is rounded half-up once, where it is made. */
class MoneyTest {

    @Test
    void aProductIsRoundedHalfUpToTheFen() {
        assertThat(Money.yuan("180.00").times(new BigDecimal("0.3"))).isEqualTo(Money.yuan("54.00"));
        assertThat(Money.yuan("10.01").times(new BigDecimal("0.5"))).isEqualTo(Money.yuan("5.01")); // 5.005
        assertThat(Money.yuan("10.03").times(new BigDecimal("0.5"))).isEqualTo(Money.yuan("5.02")); // 5.015
        assertThat(Money.yuan("33.33").times(new BigDecimal("1.15"))).isEqualTo(Money.yuan("38.33")); // 38.3295
    }

    @Test
    void theVatInATaxInclusivePriceIsWorkedOutOnceAndRoundedHalfUp() {
        // 640.00 × 13 / 113 = 73.6283… ; 113.00 holds exactly 13.00 ; 0.00 holds none
        assertThat(Money.yuan("640.00").includedTax(new BigDecimal("13"))).isEqualTo(Money.yuan("73.63"));
        assertThat(Money.yuan("113.00").includedTax(new BigDecimal("13"))).isEqualTo(Money.yuan("13.00"));
        assertThat(Money.yuan("10.05").includedTax(new BigDecimal("5"))).isEqualTo(Money.yuan("0.48")); // 0.4786
        assertThat(Money.ZERO.includedTax(new BigDecimal("13"))).isEqualTo(Money.ZERO);
    }

    @Test
    void sumsAreExactAndNeverRoundedAgain() {
        Money third = Money.yuan("10.00").times(new BigDecimal("0.333"));
        assertThat(third).isEqualTo(Money.yuan("3.33"));
        assertThat(Money.sum(List.of(third, third, third))).isEqualTo(Money.yuan("9.99"));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirWritten() {
        assertThat(Money.yuan("12.5")).isEqualTo(Money.yuan("12.50"));
        assertThat(Money.yuan("12.5").toString()).isEqualTo("12.50");
    }

    @Test
    void refusesFractionsOfAFen() {
        assertThatThrownBy(() -> Money.yuan("0.005")).isInstanceOf(IllegalArgumentException.class);
    }
}

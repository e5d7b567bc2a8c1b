package shinrai.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * An amount of renminbi, exact to the fen. There is one rounding rule and it lives here: a product (hours × rate,
 * quantity × unit price, a percentage) is rounded half-up to the fen once, where it is made; sums of amounts are
 * exact and never rounded again. A bill's total is therefore the sum of the lines the customer reads on it.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    private static final int FEN = 2;
    private static final BigDecimal LARGEST = new BigDecimal("9999999999.99");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        if (amount.stripTrailingZeros().scale() > FEN) {
            throw new IllegalArgumentException("An amount is exact to the fen: " + amount);
        }
        if (amount.abs().compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException("An amount beyond what a bill holds: " + amount);
        }
        amount = amount.setScale(FEN, RoundingMode.UNNECESSARY);
    }

    @JsonCreator
    public static Money of(BigDecimal amount) {
        return new Money(amount);
    }

    public static Money yuan(String amount) {
        return new Money(new BigDecimal(amount));
    }

    @JsonValue
    @Override
    public BigDecimal amount() {
        return amount;
    }

    /** The product rounded half-up to the fen: the one rounding rule. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(FEN, RoundingMode.HALF_UP));
    }

    /**
     * The VAT a tax-inclusive amount contains, at a rate in percent (13 for 13%): amount × rate / (100 + rate),
     * rounded half-up to the fen once, like every other product.
     */
    public Money includedTax(BigDecimal ratePercent) {
        return new Money(amount.multiply(ratePercent)
                .divide(ratePercent.add(BigDecimal.valueOf(100)), FEN, RoundingMode.HALF_UP));
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public static Money sum(Collection<Money> amounts) {
        return amounts.stream().reduce(ZERO, Money::plus);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}

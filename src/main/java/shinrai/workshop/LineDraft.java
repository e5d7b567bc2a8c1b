package shinrai.workshop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/** A line priced and described, ready to be proposed to the customer. The catalogues make these. */
record LineDraft(
        LineKind kind,
        @Nullable String code,
        String description,
        String reason,
        BigDecimal quantity,
        String unit,
        Money unitPrice,
        Payer payer,
        @Nullable WorkType workType,
        @Nullable Comeback comeback) {

    /** Places a line's quantity keeps ({@code numeric(9, 2)}). */
    static final int QUANTITY_SCALE = 2;

    /**
     * The quantity as the line's row keeps it, two places ({@code 1} becomes {@code 1.00}), so a line held in memory
     * equals the line read back; more places than two are refused before a draft is made.
     */
    LineDraft {
        quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.UNNECESSARY);
    }

    /** The same line, marked as the comeback of an earlier job. */
    LineDraft comingBackFrom(@Nullable Comeback earlier) {
        return new LineDraft(kind, code, description, reason, quantity, unit, unitPrice, payer, workType, earlier);
    }
}

package shinrai.workshop;

import java.math.BigDecimal;
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

    /** The same line, marked as the comeback of an earlier job. */
    LineDraft comingBackFrom(@Nullable Comeback earlier) {
        return new LineDraft(kind, code, description, reason, quantity, unit, unitPrice, payer, workType, earlier);
    }
}

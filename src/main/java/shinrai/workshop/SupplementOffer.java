package shinrai.workshop;

import java.util.List;
import shinrai.shared.Money;

/**
 * What the supplement approval page (增项确认) shows the customer: the lines the link offered with why each was found
 * and who pays, what the order comes to if all are approved, and whether the link was answered already.
 *
 * @param version the order's version shown, which the answer names
 * @param newTotal the lines approved so far and the ones offered
 */
public record SupplementOffer(
        String number,
        int version,
        String dealerName,
        String dealerPhone,
        String car,
        String maskedPlate,
        List<Line> lines,
        Money offeredTotal,
        Money newTotal,
        boolean answered) {

    /** A line offered, as the customer reads it. */
    public record Line(
            int number, String description, String reason, Money amount, Payer payer, LineApproval approval) {}
}

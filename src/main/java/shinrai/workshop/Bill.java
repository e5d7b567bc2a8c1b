package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * The itemized bill (结算单) the advisor explains at delivery, as the customer reads it: every part with its number
 * and the reason it was fitted, every labour operation with its hours, rate and technician, sublet and other
 * charges, who pays what, the discounts with who gave and approved them, the VAT the prices include, what was paid,
 * and at the bottom the work the customer declined and when the next maintenance is due. Names are resolved, so the
 * page, the PDF and the API show the same thing.
 */
public record Bill(
        Header header,
        List<Item> parts,
        List<Item> labour,
        List<Item> charges,
        List<PayerTotal> byPayer,
        List<DiscountGiven> discounts,
        Money discountTotal,
        Money customerPays,
        BigDecimal vatRatePercent,
        Money vatIncluded,
        List<PaymentTaken> payments,
        Money paid,
        Money balanceDue,
        List<Item> declined,
        List<DeclinedWork> declinedEarlier,
        @Nullable NextService nextService) {

    /** Who and what the bill is for. */
    public record Header(
            String dealerName,
            String dealerAddress,
            String dealerPhone,
            RepairOrderId repairOrder,
            String number,
            RepairOrderStatus status,
            Instant openedAt,
            @Nullable Instant deliveredAt,
            @Nullable Instant settledAt,
            java.time.ZoneId zone,
            String advisor,
            String customerName,
            String plate,
            String vin,
            String vehicle,
            @Nullable Integer kilometres,
            String customerWords,
            String diagnosis) {}

    /** One line as billed; {@code technician} only for labour, empty when nobody was named. */
    public record Item(
            int line,
            LineKind kind,
            @Nullable String code,
            String description,
            String reason,
            BigDecimal quantity,
            String unit,
            Money unitPrice,
            Money amount,
            Payer payer,
            String technician,
            boolean supplement) {}

    /** What one payer (the customer, the carmaker's warranty, an insurer, the dealer itself) is charged. */
    public record PayerTotal(Payer payer, Money amount) {}

    /** A discount as it stands: {@code approvedBy} is empty for one within the advisor's own limit. */
    public record DiscountGiven(
            int number,
            DiscountScope scope,
            @Nullable BigDecimal percent,
            Money amount,
            String reason,
            String grantedBy,
            DiscountState state,
            String approvedBy) {}

    public record PaymentTaken(PaymentMethod method, Money amount, String reference, String cashier, Instant at) {}

    /** The next maintenance, due at whichever comes first. */
    public record NextService(LocalDate dueOn, @Nullable Integer dueAtKm) {}
}

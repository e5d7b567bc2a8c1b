package shinrai.workshop.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.workshop.Discount;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderLine;

/** A repair order as the API answers it; {@code version} goes back with every step. */
record RepairOrderView(
        long id,
        String number,
        String status,
        int version,
        long customerId,
        long vehicleId,
        long advisorId,
        String customerWords,
        String diagnosis,
        @Nullable String concern,
        @Nullable Long comebackOf,
        @Nullable Integer kilometres,
        Instant openedAt,
        @Nullable Instant promisedAt,
        List<LineView> lines,
        BigDecimal estimateTotal,
        List<DiscountView> discounts,
        BigDecimal discountTotal,
        BigDecimal customerShare,
        BigDecimal paid,
        BigDecimal balanceDue,
        @Nullable String nextCheck,
        @Nullable Boolean washed,
        @Nullable Boolean interiorCleaned,
        @Nullable Instant deliveredAt,
        @Nullable Instant settledAt) {

    static RepairOrderView of(RepairOrder order) {
        return new RepairOrderView(
                order.id().value(),
                order.number(),
                order.status().name(),
                order.version(),
                order.customer().value(),
                order.vehicle().value(),
                order.advisor().value(),
                order.customerWords(),
                order.diagnosis(),
                order.concern() == null ? null : order.concern().name(),
                order.comeback() == null
                        ? null
                        : order.comeback().originalOrder().value(),
                order.kilometres(),
                order.openedAt(),
                order.promisedAt(),
                order.lines().stream().map(LineView::of).toList(),
                order.estimateTotal().amount(),
                order.discounts().stream().map(DiscountView::of).toList(),
                order.discountTotal().amount(),
                order.customerShare().amount(),
                order.paid().amount(),
                order.balanceDue().amount(),
                order.nextCheck() == null ? null : order.nextCheck().name(),
                order.washed(),
                order.interiorCleaned(),
                order.deliveredAt(),
                order.settledAt());
    }

    /** A discount; {@code decidedBy} is the manager who approved or refused one above the advisor's limit. */
    record DiscountView(
            int number,
            String scope,
            @Nullable BigDecimal percent,
            BigDecimal amount,
            String reason,
            long grantedBy,
            String state,
            @Nullable Long decidedBy) {

        static DiscountView of(Discount discount) {
            StaffId decidedBy = discount.decidedBy();
            return new DiscountView(
                    discount.number(),
                    discount.scope().name(),
                    discount.percent(),
                    discount.amount().amount(),
                    discount.reason(),
                    discount.grantedBy().value(),
                    discount.state().name(),
                    decidedBy == null ? null : decidedBy.value());
        }
    }

    record LineView(
            int number,
            String kind,
            @Nullable String code,
            String description,
            String reason,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            BigDecimal amount,
            String payer,
            @Nullable String workType,
            boolean supplement,
            String approval,
            @Nullable String job,
            @Nullable Long technicianId,
            @Nullable String pauseReason,
            long clockedMinutes,
            int reworks) {

        static LineView of(RepairOrderLine line) {
            StaffId technician = line.technician();
            return new LineView(
                    line.number(),
                    line.kind().name(),
                    line.code(),
                    line.description(),
                    line.reason(),
                    line.quantity(),
                    line.unit(),
                    line.unitPrice().amount(),
                    line.amount().amount(),
                    line.payer().name(),
                    line.workType() == null ? null : line.workType().name(),
                    line.supplement(),
                    line.approval().name(),
                    line.job() == null ? null : line.job().name(),
                    technician == null ? null : technician.value(),
                    line.pauseReason() == null ? null : line.pauseReason().name(),
                    line.clocked().toMinutes(),
                    line.reworks());
        }
    }
}

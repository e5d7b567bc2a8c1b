package shinrai.workshop.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.customer.Disclosure;
import shinrai.dealer.StaffId;
import shinrai.workshop.Discount;
import shinrai.workshop.RecordedApproval;
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
        List<ApprovalView> approvals,
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

    /**
     * @param approvals the order's approvals as recorded
     * @param disclosure how much of the customer's number and address the caller may see
     */
    static RepairOrderView of(RepairOrder order, List<RecordedApproval> approvals, Disclosure disclosure) {
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
                approvals.stream()
                        .map(approval -> ApprovalView.of(order.id().value(), approval, disclosure))
                        .toList(),
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

    /**
     * The customer's approval kept as evidence: how it was given ({@code SIGNATURE}, {@code PHONE_CALL}, {@code LINK}),
     * by whom, who recorded it (for a link: who sent it) and when, and the lines it decided.
     *
     * @param calledNumber for a call, the number called (masked unless the caller may see contact details)
     * @param sentTo for a link, where it was sent, masked; {@code null} for a link copied rather than sent
     * @param clientIp for a link, the address the answer came from (masked to its network unless the caller may see
     *     contact details)
     * @param userAgent for a link, the browser the answer came from
     * @param signature for a signature, where its PNG is served
     */
    record ApprovalView(
            int number,
            String method,
            boolean supplement,
            String approvedByName,
            BigDecimal amount,
            long recordedById,
            Instant recordedAt,
            @Nullable String calledNumber,
            @Nullable String sentTo,
            @Nullable String clientIp,
            @Nullable String userAgent,
            @Nullable String signature,
            List<Integer> approvedLines,
            List<Integer> declinedLines) {

        static ApprovalView of(long order, RecordedApproval approval, Disclosure disclosure) {
            String called = approval.calledNumber();
            String ip = approval.clientIp();
            return new ApprovalView(
                    approval.number(),
                    approval.method().name(),
                    approval.supplement(),
                    approval.approvedByName(),
                    approval.amount().amount(),
                    approval.recordedBy().value(),
                    approval.recordedAt(),
                    called == null ? null : disclosure.dialled(called),
                    approval.sentTo(),
                    ip == null ? null : disclosure.ipAddress(ip),
                    approval.userAgent(),
                    approval.signed() ? signaturePath(order, approval.number()) : null,
                    approval.approvedLines(),
                    approval.declinedLines());
        }

        static String signaturePath(long order, int approval) {
            return "/api/v1/repair-orders/" + order + "/approvals/" + approval + "/signature";
        }
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
            @Nullable Long bayId,
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
                    line.bay() == null ? null : line.bay().value(),
                    line.pauseReason() == null ? null : line.pauseReason().name(),
                    line.clocked().toMinutes(),
                    line.reworks());
        }
    }
}

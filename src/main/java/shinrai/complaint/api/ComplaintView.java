package shinrai.complaint.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import shinrai.complaint.Complaint;
import shinrai.complaint.ComplaintCategory;
import shinrai.complaint.ComplaintSheets;
import shinrai.complaint.ComplaintSource;
import shinrai.complaint.ComplaintStatus;
import shinrai.complaint.ConfirmationMethod;
import shinrai.complaint.ContactChannel;
import shinrai.complaint.Deadline;
import shinrai.complaint.GoodwillKind;
import shinrai.complaint.GoodwillState;
import shinrai.complaint.Severity;
import shinrai.complaint.StepKind;
import shinrai.dealer.StaffId;

/**
 * A complaint as the API shows it, whole.
 *
 * @param customerWords the customer's words as said; never changed
 * @param surveyResponseId the survey response whose answers opened it, with what was answered
 * @param deliveryOf the repair order whose low delivery ratings opened it, with the ratings
 * @param round 1, and one more with each reopening; deadlines and escalations are per round
 * @param escalationLevel the highest level escalated to in this round: 0 none, 1 service manager, 2 general manager
 * @param overdue unresolved and past a deadline now
 * @param version name it with every step
 */
record ComplaintView(
        long id,
        ComplaintSource source,
        ComplaintCategory category,
        Severity severity,
        ComplaintStatus status,
        String customerWords,
        long customerId,
        String customerName,
        @Nullable Long vehicleId,
        @Nullable Long repairOrderId,
        @Nullable String repairOrderNumber,
        @Nullable Long surveyResponseId,
        @Nullable String surveyDetail,
        @Nullable Long deliveryOf,
        @Nullable Integer advisorRating,
        @Nullable Integer technicianRating,
        @Nullable Long ownerId,
        @Nullable String ownerName,
        Instant openedAt,
        @Nullable Long openedBy,
        int round,
        Instant respondBy,
        Instant resolveBy,
        @Nullable Instant respondedAt,
        @Nullable String rootCause,
        @Nullable String correctiveAction,
        @Nullable Instant resolvedAt,
        @Nullable Confirmation confirmation,
        @Nullable Instant closedAt,
        int escalationLevel,
        boolean overdue,
        BigDecimal goodwillGiven,
        List<Contact> contacts,
        List<Goodwill> goodwill,
        List<Escalation> escalations,
        List<Step> history,
        int version) {

    record Confirmation(ConfirmationMethod method, Instant confirmedAt, String note, long recordedBy) {}

    record Contact(int number, ContactChannel channel, String said, Instant contactedAt, long recordedBy) {}

    /** @param decidedBy the manager who approved or refused it; null within the dealer's limit */
    record Goodwill(
            int number,
            GoodwillKind kind,
            BigDecimal amount,
            String description,
            GoodwillState state,
            long givenBy,
            Instant givenAt,
            @Nullable Long decidedBy) {}

    record Escalation(int round, int level, Deadline missed, Instant at) {}

    record Step(
            int number,
            StepKind kind,
            @Nullable Long staff,
            String detail,
            @Nullable Long by,
            Instant at) {}

    static ComplaintView of(ComplaintSheets.ComplaintSheet sheet, Instant now) {
        Complaint c = sheet.complaint();
        return new ComplaintView(
                Objects.requireNonNull(c.id()).value(),
                c.source(),
                c.category(),
                c.severity(),
                c.status(),
                c.customerWords(),
                c.customer().value(),
                sheet.customerName(),
                c.vehicle() == null ? null : c.vehicle().value(),
                c.repairOrder() == null ? null : c.repairOrder().value(),
                c.repairOrder() == null ? null : sheet.repairOrderNumber(),
                c.surveyResponse(),
                c.surveyDetail(),
                c.deliveryOf() == null ? null : c.deliveryOf().value(),
                c.advisorRating(),
                c.technicianRating(),
                id(c.owner()),
                c.owner() == null ? null : sheet.nameOf(c.owner()),
                c.openedAt(),
                id(c.openedBy()),
                c.round(),
                c.respondBy(),
                c.resolveBy(),
                c.respondedAt(),
                c.rootCause(),
                c.correctiveAction(),
                c.resolvedAt(),
                c.confirmedAt() == null
                        ? null
                        : new Confirmation(
                                Objects.requireNonNull(c.confirmationMethod()),
                                c.confirmedAt(),
                                Objects.toString(c.confirmationNote(), ""),
                                Objects.requireNonNull(c.confirmationBy()).value()),
                c.closedAt(),
                c.escalationLevel(),
                c.overdue(now),
                c.goodwillGiven().amount(),
                c.contacts().stream()
                        .map(e -> new Contact(
                                e.number(),
                                e.channel(),
                                e.said(),
                                e.contactedAt(),
                                e.recordedBy().value()))
                        .toList(),
                c.goodwill().stream()
                        .map(g -> new Goodwill(
                                g.number(),
                                g.kind(),
                                g.amount().amount(),
                                g.description(),
                                g.state(),
                                g.givenBy().value(),
                                g.givenAt(),
                                id(g.decidedBy())))
                        .toList(),
                c.escalations().stream()
                        .map(e -> new Escalation(e.round(), e.level(), e.missed(), e.at()))
                        .toList(),
                c.steps().stream()
                        .map(s -> new Step(s.number(), s.kind(), id(s.staff()), s.detail(), id(s.by()), s.at()))
                        .toList(),
                c.version());
    }

    private static @Nullable Long id(@Nullable StaffId member) {
        return member == null ? null : member.value();
    }
}

package shinrai.complaint;

import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.WorkshopFixtures;

/** Complaints at the demo dealer D001, opened through the desk as its staff would open them. */
final class ComplaintFixtures {

    private final ComplaintDesk desk;
    private final WorkshopFixtures workshop;
    private final JdbcClient owner;

    ComplaintFixtures(ComplaintDesk desk, WorkshopFixtures workshop, JdbcClient owner) {
        this.desk = desk;
        this.workshop = workshop;
        this.owner = owner;
    }

    /** A complaint the advisor takes at the counter about a delivered order, owned by the relations agent. */
    Complaint openedOn(RepairOrder order, Severity severity) {
        return workshop.as("advisor")
                .call(() -> desk.open(new ComplaintDesk.NewComplaint(
                        ComplaintSource.WALK_IN,
                        ComplaintCategory.REPAIR_QUALITY,
                        severity,
                        "刹车还是有异响，白跑一趟",
                        order.customer(),
                        null,
                        order.id(),
                        workshop.staffId("relations"))));
    }

    Complaint opened(Severity severity) {
        return openedOn(workshop.delivered(), severity);
    }

    Complaint as(String username, java.util.function.Supplier<Complaint> step) {
        return workshop.as(username).call(step);
    }

    Complaint reload(Complaint complaint) {
        return workshop.as("manager").call(() -> desk.get(Objects.requireNonNull(complaint.id())));
    }

    /** Complaints a survey response opened, counted by the schema owner (no dealer scope needed). */
    int fromSurvey(long response) {
        return owner.sql("SELECT count(*) FROM complaint.complaint WHERE survey_response_id = :r")
                .param("r", response)
                .query(Integer.class)
                .single();
    }

    int fromDelivery(RepairOrder order) {
        return owner.sql("SELECT count(*) FROM complaint.complaint WHERE dealer_id = 1 AND delivery_of = :o")
                .param("o", order.id().value())
                .query(Integer.class)
                .single();
    }

    int escalations(Complaint complaint, int level) {
        return owner.sql("SELECT count(*) FROM complaint.escalation WHERE dealer_id = 1 AND complaint_id = :c "
                        + "AND level = :level")
                .param("c", Objects.requireNonNull(complaint.id()).value())
                .param("level", level)
                .query(Integer.class)
                .single();
    }

    java.util.List<String> timeline(Complaint complaint) {
        return owner.sql("SELECT summary_key FROM customer.timeline_entry WHERE dealer_id = 1 AND reference = :r "
                        + "ORDER BY occurred_at, summary_key")
                .param("r", "complaint:" + complaint.id())
                .query(String.class)
                .list();
    }
}

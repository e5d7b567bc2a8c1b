package shinrai.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/**
 * The dealer's call tasks with their calls. A save writes the task's row only if nobody saved it since it was read
 * (its version), and appends the calls made since; calls are never rewritten.
 */
@Repository
class FollowUpCalls {

    private static final String COLUMNS = """
            t.id, t.repair_order_id, t.repair_order_no, t.customer_id, t.vehicle_id, t.advisor_id, t.advisor_rating,
            t.technician_rating, t.delivered_at, t.due_at, t.overdue_at, t.next_call_at, t.assigned_to, t.status,
            t.reason, t.preferred_contact_time, t.closed_at, t.closed_by, t.created_at, t.version, t.changed_by, t.changed_at""";

    private final JdbcClient jdbc;

    FollowUpCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The saved task's id, or empty when the order already has its task (the event delivered again). */
    Optional<FollowUpCallId> insertIfAbsent(FollowUpCall call) {
        return jdbc.sql("""
                        INSERT INTO followup.call_task (dealer_id, repair_order_id, repair_order_no, customer_id,
                            vehicle_id, advisor_id, advisor_rating, technician_rating, delivered_at, due_at, overdue_at,
                            next_call_at, assigned_to, status, reason, preferred_contact_time, closed_at, created_at)
                        VALUES (:dealer, :order, :number, :customer, :vehicle, :advisor, :advisorRating,
                            :technicianRating, :deliveredAt, :dueAt, :overdueAt, :nextCallAt, :assignedTo, :status,
                            :reason, :preferredTime, :closedAt, :createdAt)
                        ON CONFLICT (dealer_id, repair_order_id) DO NOTHING
                        RETURNING id""")
                .param("dealer", DealerScope.currentDealer())
                .param("order", call.repairOrder().value())
                .param("number", call.repairOrderNumber())
                .param("customer", call.customer().value())
                .param("vehicle", call.vehicle().value())
                .param("advisor", call.advisor().value())
                .param("advisorRating", call.advisorRating(), Types.INTEGER)
                .param("technicianRating", call.technicianRating(), Types.INTEGER)
                .param("deliveredAt", Timestamp.from(call.deliveredAt()))
                .param("dueAt", Timestamp.from(call.dueAt()))
                .param("overdueAt", Timestamp.from(call.overdueAt()))
                .param("nextCallAt", Timestamp.from(call.nextCallAt()))
                .param("assignedTo", id(call.assignedTo()), Types.BIGINT)
                .param("status", call.status().name())
                .param("reason", call.reason() == null ? null : call.reason().name(), Types.VARCHAR)
                .param("preferredTime", call.preferredTime().stored(), Types.VARCHAR)
                .param("closedAt", timestamp(call.closedAt()), Types.TIMESTAMP)
                .param("createdAt", Timestamp.from(call.createdAt()))
                .query((rs, n) -> new FollowUpCallId(rs.getLong(1)))
                .optional();
    }

    Optional<FollowUpCall> find(FollowUpCallId id) {
        Optional<FollowUpCall> found = jdbc.sql("SELECT " + COLUMNS + " FROM followup.call_task t "
                        + "WHERE t.dealer_id = :dealer AND t.id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query((rs, n) -> call(rs, List.of()))
                .optional();
        return found.map(call -> withAttempts(call, attemptsOf(List.of(id)).getOrDefault(id.value(), List.of())));
    }

    Optional<FollowUpCall> findByRepairOrder(RepairOrderId order) {
        return jdbc.sql("SELECT t.id FROM followup.call_task t WHERE t.dealer_id = :dealer AND t.repair_order_id = :o")
                .param("dealer", DealerScope.currentDealer())
                .param("o", order.value())
                .query(Long.class)
                .optional()
                .flatMap(id -> find(new FollowUpCallId(id)));
    }

    /** Tasks matching a condition on {@code t}, with their calls, in the order given; at most {@code limit}. */
    List<FollowUpCall> where(String condition, Map<String, ?> parameters, String order, int limit) {
        List<FollowUpCall> found = jdbc.sql("SELECT " + COLUMNS + " FROM followup.call_task t WHERE t.dealer_id = "
                        + ":dealer AND " + condition + " ORDER BY " + order + " LIMIT :limit")
                .params(parameters)
                .param("dealer", DealerScope.currentDealer())
                .param("limit", limit)
                .query((rs, n) -> call(rs, List.of()))
                .list();
        Map<Long, List<CallAttempt>> attempts = attemptsOf(found.stream()
                .map(FollowUpCall::id)
                .filter(java.util.Objects::nonNull)
                .toList());
        return found.stream()
                .map(call -> withAttempts(call, attempts.getOrDefault(call.id().value(), List.of())))
                .toList();
    }

    /** Writes the task's changes and its new calls; refused when someone saved the task since it was read. */
    void save(FollowUpCall call, @Nullable StaffId by, Instant now) {
        FollowUpCallId id = java.util.Objects.requireNonNull(call.id(), "a task is saved after it is inserted");
        int updated = jdbc.sql("""
                        UPDATE followup.call_task SET next_call_at = :nextCallAt, assigned_to = :assignedTo,
                            status = :status, attempts = :attempts, closed_at = :closedAt, closed_by = :closedBy,
                            version = version + 1, changed_by = :by, changed_at = :now
                        WHERE dealer_id = :dealer AND id = :id AND version = :version""")
                .param("nextCallAt", Timestamp.from(call.nextCallAt()))
                .param("assignedTo", id(call.assignedTo()), Types.BIGINT)
                .param("status", call.status().name())
                .param("attempts", call.attempts().size())
                .param("closedAt", timestamp(call.closedAt()), Types.TIMESTAMP)
                .param("closedBy", id(call.closedBy()), Types.BIGINT)
                .param("by", id(by), Types.BIGINT)
                .param("now", Timestamp.from(now))
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .param("version", call.version())
                .update();
        if (updated == 0) {
            throw new StaleCall();
        }
        for (CallAttempt attempt : call.newAttempts()) {
            jdbc.sql("""
                            INSERT INTO followup.call_attempt (dealer_id, task_id, attempt_no, outcome, note,
                                recorded_by, recorded_at)
                            VALUES (:dealer, :task, :no, :outcome, :note, :by, :at)""")
                    .param("dealer", DealerScope.currentDealer())
                    .param("task", id.value())
                    .param("no", attempt.number())
                    .param("outcome", attempt.outcome().name())
                    .param("note", attempt.note())
                    .param("by", attempt.recordedBy().value())
                    .param("at", Timestamp.from(attempt.recordedAt()))
                    .update();
        }
    }

    /** Who last changed the task and when, read after a save was refused. */
    Optional<LastChange> lastChange(FollowUpCallId id) {
        return jdbc.sql("SELECT changed_by, changed_at FROM followup.call_task WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query((rs, n) -> new LastChange(
                        staff(rs.getObject("changed_by", Long.class)), instant(rs.getTimestamp("changed_at"))))
                .optional();
    }

    /** A merge moves the duplicate's tasks to the survivor. */
    void moveCustomer(long dealerId, long from, long to) {
        jdbc.sql("""
                        UPDATE followup.call_task SET customer_id = :to, version = version + 1
                        WHERE dealer_id = :dealer AND customer_id = :from""")
                .param("dealer", dealerId)
                .param("from", from)
                .param("to", to)
                .update();
    }

    private Map<Long, List<CallAttempt>> attemptsOf(List<FollowUpCallId> ids) {
        Map<Long, List<CallAttempt>> attempts = new HashMap<>();
        if (ids.isEmpty()) {
            return attempts;
        }
        jdbc.sql("""
                        SELECT task_id, attempt_no, outcome, note, recorded_by, recorded_at FROM followup.call_attempt
                        WHERE dealer_id = :dealer AND task_id IN (:ids) ORDER BY task_id, attempt_no""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids.stream().map(FollowUpCallId::value).toList())
                .query(rs -> {
                    attempts.computeIfAbsent(rs.getLong("task_id"), k -> new ArrayList<>())
                            .add(new CallAttempt(
                                    rs.getInt("attempt_no"),
                                    CallOutcome.valueOf(rs.getString("outcome")),
                                    rs.getString("note"),
                                    new StaffId(rs.getLong("recorded_by")),
                                    rs.getTimestamp("recorded_at").toInstant()));
                });
        return attempts;
    }

    private static FollowUpCall call(ResultSet rs, List<CallAttempt> attempts) throws SQLException {
        String reason = rs.getString("reason");
        String preferred = rs.getString("preferred_contact_time");
        return new FollowUpCall(
                new FollowUpCallId(rs.getLong("id")),
                new RepairOrderId(rs.getLong("repair_order_id")),
                rs.getString("repair_order_no"),
                new CustomerId(rs.getLong("customer_id")),
                new VehicleId(rs.getLong("vehicle_id")),
                new StaffId(rs.getLong("advisor_id")),
                rs.getObject("advisor_rating", Integer.class),
                rs.getObject("technician_rating", Integer.class),
                rs.getTimestamp("delivered_at").toInstant(),
                rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("overdue_at").toInstant(),
                rs.getTimestamp("next_call_at").toInstant(),
                staff(rs.getObject("assigned_to", Long.class)),
                CallStatus.valueOf(rs.getString("status")),
                reason == null ? null : NoCallReason.valueOf(reason),
                ContactTime.ofStored(preferred),
                attempts,
                instant(rs.getTimestamp("closed_at")),
                staff(rs.getObject("closed_by", Long.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"),
                staff(rs.getObject("changed_by", Long.class)),
                instant(rs.getTimestamp("changed_at")));
    }

    private static FollowUpCall withAttempts(FollowUpCall c, List<CallAttempt> attempts) {
        return new FollowUpCall(
                c.id(),
                c.repairOrder(),
                c.repairOrderNumber(),
                c.customer(),
                c.vehicle(),
                c.advisor(),
                c.advisorRating(),
                c.technicianRating(),
                c.deliveredAt(),
                c.dueAt(),
                c.overdueAt(),
                c.nextCallAt(),
                c.assignedTo(),
                c.status(),
                c.reason(),
                c.preferredTime(),
                attempts,
                c.closedAt(),
                c.closedBy(),
                c.createdAt(),
                c.version(),
                c.changedBy(),
                c.changedAt());
    }

    private static @Nullable StaffId staff(@Nullable Long id) {
        return id == null ? null : new StaffId(id);
    }

    private static @Nullable Long id(@Nullable StaffId staff) {
        return staff == null ? null : staff.value();
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    record LastChange(@Nullable StaffId by, @Nullable Instant at) {}

    /** Someone saved the task since it was read. */
    static final class StaleCall extends RuntimeException {
        StaleCall() {
            super("the call task was saved meanwhile", null, false, false);
        }
    }
}

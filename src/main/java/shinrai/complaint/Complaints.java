package shinrai.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.RepairOrderId;

/**
 * The dealer's complaints with their contact logs, histories, goodwill and escalations. A save writes the complaint's
 * row only if nobody saved it since it was read (its version), and appends what was logged and done since; the log,
 * the history and the escalations are never rewritten.
 */
@Repository
class Complaints {

    static final String COLUMNS = """
            c.id, c.source, c.category, c.severity, c.customer_words, c.customer_id, c.vehicle_id, c.repair_order_id,
            c.survey_response_id, c.survey_detail, c.delivery_of, c.advisor_rating, c.technician_rating, c.owner_id,
            c.status, c.opened_at, c.opened_by, c.round, c.round_started_at, c.respond_by, c.resolve_by,
            c.second_level_at, c.responded_at, c.responded_by, c.root_cause, c.corrective_action, c.resolved_at,
            c.resolved_by, c.confirmation_method, c.confirmed_at, c.confirmation_note, c.confirmation_by, c.closed_at,
            c.closed_by, c.version, c.changed_by, c.changed_at""";

    private final JdbcClient jdbc;

    Complaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves a new complaint with its first steps and answers its id; empty when the survey response or the delivery
     * it came from already has its complaint (the event heard again).
     */
    Optional<ComplaintId> insertIfAbsent(Complaint c) {
        Optional<ComplaintId> id = jdbc.sql("""
                        INSERT INTO complaint.complaint (dealer_id, source, category, severity, customer_words,
                            customer_id, vehicle_id, repair_order_id, survey_response_id, survey_detail, delivery_of,
                            advisor_rating, technician_rating, owner_id, status, opened_at, opened_by, round,
                            round_started_at, respond_by, resolve_by, second_level_at)
                        VALUES (:dealer, :source, :category, :severity, :words, :customer, :vehicle, :order,
                            :survey, :surveyDetail, :deliveryOf, :advisorRating, :technicianRating, :owner, :status,
                            :openedAt, :openedBy, :round, :roundStartedAt, :respondBy, :resolveBy, :secondLevelAt)
                        ON CONFLICT DO NOTHING
                        RETURNING id""")
                .param("dealer", DealerScope.currentDealer())
                .param("source", c.source().name())
                .param("category", c.category().name())
                .param("severity", c.severity().name())
                .param("words", c.customerWords())
                .param("customer", c.customer().value())
                .param("vehicle", c.vehicle() == null ? null : c.vehicle().value(), Types.BIGINT)
                .param("order", c.repairOrder() == null ? null : c.repairOrder().value(), Types.BIGINT)
                .param("survey", c.surveyResponse(), Types.BIGINT)
                .param("surveyDetail", c.surveyDetail(), Types.VARCHAR)
                .param(
                        "deliveryOf",
                        c.deliveryOf() == null ? null : c.deliveryOf().value(),
                        Types.BIGINT)
                .param("advisorRating", c.advisorRating(), Types.INTEGER)
                .param("technicianRating", c.technicianRating(), Types.INTEGER)
                .param("owner", id(c.owner()), Types.BIGINT)
                .param("status", c.status().name())
                .param("openedAt", Timestamp.from(c.openedAt()))
                .param("openedBy", id(c.openedBy()), Types.BIGINT)
                .param("round", c.round())
                .param("roundStartedAt", Timestamp.from(c.roundStartedAt()))
                .param("respondBy", Timestamp.from(c.respondBy()))
                .param("resolveBy", Timestamp.from(c.resolveBy()))
                .param("secondLevelAt", Timestamp.from(c.secondLevelAt()))
                .query((rs, n) -> new ComplaintId(rs.getLong(1)))
                .optional();
        id.ifPresent(saved -> appendNew(saved, c));
        return id;
    }

    Optional<Complaint> find(ComplaintId id) {
        return where("c.id = :id", Map.of("id", id.value()), "c.id", 1).stream().findFirst();
    }

    /** Complaints matching a condition on {@code c}, whole, in the order given; at most {@code limit}. */
    List<Complaint> where(String condition, Map<String, ?> parameters, String order, int limit) {
        List<Complaint.Stored> rows = jdbc.sql("SELECT " + COLUMNS + " FROM complaint.complaint c WHERE c.dealer_id = "
                        + ":dealer AND " + condition + " ORDER BY " + order + " LIMIT :limit")
                .params(parameters)
                .param("dealer", DealerScope.currentDealer())
                .param("limit", limit)
                .query((rs, n) -> stored(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids =
                rows.stream().map(r -> Objects.requireNonNull(r.id()).value()).toList();
        Map<Long, List<ContactEntry>> contacts = new HashMap<>();
        Map<Long, List<Step>> steps = new HashMap<>();
        Map<Long, List<Goodwill>> goodwill = new HashMap<>();
        Map<Long, List<Escalation>> escalations = new HashMap<>();
        jdbc.sql("""
                        SELECT complaint_id, entry_no, channel, said, contacted_at, recorded_by, recorded_at
                        FROM complaint.contact WHERE dealer_id = :dealer AND complaint_id IN (:ids)
                        ORDER BY complaint_id, entry_no""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids)
                .query(rs -> {
                    contacts.computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>())
                            .add(new ContactEntry(
                                    rs.getInt("entry_no"),
                                    ContactChannel.valueOf(rs.getString("channel")),
                                    rs.getString("said"),
                                    rs.getTimestamp("contacted_at").toInstant(),
                                    new StaffId(rs.getLong("recorded_by")),
                                    rs.getTimestamp("recorded_at").toInstant()));
                });
        jdbc.sql("""
                        SELECT complaint_id, step_no, kind, staff_id, detail, by_id, at
                        FROM complaint.step WHERE dealer_id = :dealer AND complaint_id IN (:ids)
                        ORDER BY complaint_id, step_no""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids)
                .query(rs -> {
                    steps.computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>())
                            .add(new Step(
                                    rs.getInt("step_no"),
                                    StepKind.valueOf(rs.getString("kind")),
                                    staff(rs.getObject("staff_id", Long.class)),
                                    rs.getString("detail"),
                                    staff(rs.getObject("by_id", Long.class)),
                                    rs.getTimestamp("at").toInstant()));
                });
        jdbc.sql("""
                        SELECT complaint_id, goodwill_no, kind, amount, description, state, given_by, given_at,
                            decided_by, decided_at
                        FROM complaint.goodwill WHERE dealer_id = :dealer AND complaint_id IN (:ids)
                        ORDER BY complaint_id, goodwill_no""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids)
                .query(rs -> {
                    goodwill.computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>())
                            .add(new Goodwill(
                                    rs.getInt("goodwill_no"),
                                    GoodwillKind.valueOf(rs.getString("kind")),
                                    Money.of(rs.getBigDecimal("amount")),
                                    rs.getString("description"),
                                    GoodwillState.valueOf(rs.getString("state")),
                                    new StaffId(rs.getLong("given_by")),
                                    rs.getTimestamp("given_at").toInstant(),
                                    staff(rs.getObject("decided_by", Long.class)),
                                    instant(rs.getTimestamp("decided_at"))));
                });
        jdbc.sql("""
                        SELECT complaint_id, round, level, missed, escalated_at
                        FROM complaint.escalation WHERE dealer_id = :dealer AND complaint_id IN (:ids)
                        ORDER BY complaint_id, round, level""")
                .param("dealer", DealerScope.currentDealer())
                .param("ids", ids)
                .query(rs -> {
                    escalations
                            .computeIfAbsent(rs.getLong("complaint_id"), k -> new ArrayList<>())
                            .add(new Escalation(
                                    rs.getInt("round"),
                                    rs.getInt("level"),
                                    Deadline.valueOf(rs.getString("missed")),
                                    rs.getTimestamp("escalated_at").toInstant()));
                });
        return rows.stream()
                .map(r -> {
                    long id = Objects.requireNonNull(r.id()).value();
                    return new Complaint(
                            r,
                            contacts.getOrDefault(id, List.of()),
                            steps.getOrDefault(id, List.of()),
                            goodwill.getOrDefault(id, List.of()),
                            escalations.getOrDefault(id, List.of()));
                })
                .toList();
    }

    /** Writes the complaint's changes and what was added; refused when someone saved it since it was read. */
    void save(Complaint c, StaffId by, Instant now) {
        ComplaintId id = Objects.requireNonNull(c.id(), "a complaint is saved after it is inserted");
        int updated = jdbc.sql("""
                        UPDATE complaint.complaint SET category = :category, severity = :severity, owner_id = :owner,
                            status = :status, round = :round, round_started_at = :roundStartedAt,
                            respond_by = :respondBy, resolve_by = :resolveBy, second_level_at = :secondLevelAt,
                            responded_at = :respondedAt, responded_by = :respondedBy, root_cause = :rootCause,
                            corrective_action = :correctiveAction, resolved_at = :resolvedAt,
                            resolved_by = :resolvedBy, confirmation_method = :confirmationMethod,
                            confirmed_at = :confirmedAt, confirmation_note = :confirmationNote,
                            confirmation_by = :confirmationBy, closed_at = :closedAt, closed_by = :closedBy,
                            version = version + 1, changed_by = :by, changed_at = :now
                        WHERE dealer_id = :dealer AND id = :id AND version = :version""")
                .param("category", c.category().name())
                .param("severity", c.severity().name())
                .param("owner", id(c.owner()), Types.BIGINT)
                .param("status", c.status().name())
                .param("round", c.round())
                .param("roundStartedAt", Timestamp.from(c.roundStartedAt()))
                .param("respondBy", Timestamp.from(c.respondBy()))
                .param("resolveBy", Timestamp.from(c.resolveBy()))
                .param("secondLevelAt", Timestamp.from(c.secondLevelAt()))
                .param("respondedAt", timestamp(c.respondedAt()), Types.TIMESTAMP)
                .param("respondedBy", id(c.respondedBy()), Types.BIGINT)
                .param("rootCause", c.rootCause(), Types.VARCHAR)
                .param("correctiveAction", c.correctiveAction(), Types.VARCHAR)
                .param("resolvedAt", timestamp(c.resolvedAt()), Types.TIMESTAMP)
                .param("resolvedBy", id(c.resolvedBy()), Types.BIGINT)
                .param(
                        "confirmationMethod",
                        c.confirmationMethod() == null
                                ? null
                                : c.confirmationMethod().name(),
                        Types.VARCHAR)
                .param("confirmedAt", timestamp(c.confirmedAt()), Types.TIMESTAMP)
                .param("confirmationNote", c.confirmationNote(), Types.VARCHAR)
                .param("confirmationBy", id(c.confirmationBy()), Types.BIGINT)
                .param("closedAt", timestamp(c.closedAt()), Types.TIMESTAMP)
                .param("closedBy", id(c.closedBy()), Types.BIGINT)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .param("version", c.version())
                .update();
        if (updated == 0) {
            throw new StaleComplaint();
        }
        appendNew(id, c);
        for (Goodwill g : c.decidedGoodwill()) {
            jdbc.sql("""
                            UPDATE complaint.goodwill SET state = :state, decided_by = :by, decided_at = :at
                            WHERE dealer_id = :dealer AND complaint_id = :complaint AND goodwill_no = :no""")
                    .param("state", g.state().name())
                    .param("by", id(g.decidedBy()), Types.BIGINT)
                    .param("at", timestamp(g.decidedAt()), Types.TIMESTAMP)
                    .param("dealer", DealerScope.currentDealer())
                    .param("complaint", id.value())
                    .param("no", g.number())
                    .update();
        }
    }

    private void appendNew(ComplaintId id, Complaint c) {
        long dealer = DealerScope.currentDealer();
        for (ContactEntry e : c.newContacts()) {
            jdbc.sql("""
                            INSERT INTO complaint.contact (dealer_id, complaint_id, entry_no, channel, said,
                                contacted_at, recorded_by, recorded_at)
                            VALUES (:dealer, :complaint, :no, :channel, :said, :contactedAt, :by, :at)""")
                    .param("dealer", dealer)
                    .param("complaint", id.value())
                    .param("no", e.number())
                    .param("channel", e.channel().name())
                    .param("said", e.said())
                    .param("contactedAt", Timestamp.from(e.contactedAt()))
                    .param("by", e.recordedBy().value())
                    .param("at", Timestamp.from(e.recordedAt()))
                    .update();
        }
        for (Step s : c.newSteps()) {
            jdbc.sql("""
                            INSERT INTO complaint.step (dealer_id, complaint_id, step_no, kind, staff_id, detail, by_id,
                                at)
                            VALUES (:dealer, :complaint, :no, :kind, :staff, :detail, :by, :at)""")
                    .param("dealer", dealer)
                    .param("complaint", id.value())
                    .param("no", s.number())
                    .param("kind", s.kind().name())
                    .param("staff", id(s.staff()), Types.BIGINT)
                    .param("detail", s.detail())
                    .param("by", id(s.by()), Types.BIGINT)
                    .param("at", Timestamp.from(s.at()))
                    .update();
        }
        for (Goodwill g : c.newGoodwill()) {
            jdbc.sql("""
                            INSERT INTO complaint.goodwill (dealer_id, complaint_id, goodwill_no, kind, amount,
                                description, state, given_by, given_at, decided_by, decided_at)
                            VALUES (:dealer, :complaint, :no, :kind, :amount, :description, :state, :givenBy, :givenAt,
                                :decidedBy, :decidedAt)""")
                    .param("dealer", dealer)
                    .param("complaint", id.value())
                    .param("no", g.number())
                    .param("kind", g.kind().name())
                    .param("amount", g.amount().amount())
                    .param("description", g.description())
                    .param("state", g.state().name())
                    .param("givenBy", g.givenBy().value())
                    .param("givenAt", Timestamp.from(g.givenAt()))
                    .param("decidedBy", id(g.decidedBy()), Types.BIGINT)
                    .param("decidedAt", timestamp(g.decidedAt()), Types.TIMESTAMP)
                    .update();
        }
    }

    /**
     * Records an escalation unless this level of this round was made already, by another sweep too: the key makes
     * the second one wait for the first to commit and then insert nothing. True when this call made it.
     */
    boolean recordEscalation(ComplaintId id, Escalation escalation) {
        return jdbc.sql("""
                        INSERT INTO complaint.escalation (dealer_id, complaint_id, round, level, missed, escalated_at)
                        VALUES (:dealer, :complaint, :round, :level, :missed, :at)
                        ON CONFLICT DO NOTHING""")
                        .param("dealer", DealerScope.currentDealer())
                        .param("complaint", id.value())
                        .param("round", escalation.round())
                        .param("level", escalation.level())
                        .param("missed", escalation.missed().name())
                        .param("at", Timestamp.from(escalation.at()))
                        .update()
                == 1;
    }

    /** Who last changed the complaint and when, read after a save was refused. */
    Optional<LastChange> lastChange(ComplaintId id) {
        return jdbc.sql("SELECT changed_by, changed_at FROM complaint.complaint WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id.value())
                .query((rs, n) -> new LastChange(
                        staff(rs.getObject("changed_by", Long.class)), instant(rs.getTimestamp("changed_at"))))
                .optional();
    }

    /** A merge moves the duplicate's complaints to the survivor. */
    void moveCustomer(long dealerId, long from, long to) {
        jdbc.sql("""
                        UPDATE complaint.complaint SET customer_id = :to, version = version + 1
                        WHERE dealer_id = :dealer AND customer_id = :from""")
                .param("dealer", dealerId)
                .param("from", from)
                .param("to", to)
                .update();
    }

    private static Complaint.Stored stored(ResultSet rs) throws SQLException {
        String confirmation = rs.getString("confirmation_method");
        return new Complaint.Stored(
                new ComplaintId(rs.getLong("id")),
                ComplaintSource.valueOf(rs.getString("source")),
                ComplaintCategory.valueOf(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("customer_words"),
                new CustomerId(rs.getLong("customer_id")),
                optional(rs, "vehicle_id", VehicleId::new),
                optional(rs, "repair_order_id", RepairOrderId::new),
                rs.getObject("survey_response_id", Long.class),
                rs.getString("survey_detail"),
                optional(rs, "delivery_of", RepairOrderId::new),
                rs.getObject("advisor_rating", Integer.class),
                rs.getObject("technician_rating", Integer.class),
                staff(rs.getObject("owner_id", Long.class)),
                ComplaintStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(),
                staff(rs.getObject("opened_by", Long.class)),
                rs.getInt("round"),
                rs.getTimestamp("round_started_at").toInstant(),
                rs.getTimestamp("respond_by").toInstant(),
                rs.getTimestamp("resolve_by").toInstant(),
                rs.getTimestamp("second_level_at").toInstant(),
                instant(rs.getTimestamp("responded_at")),
                staff(rs.getObject("responded_by", Long.class)),
                rs.getString("root_cause"),
                rs.getString("corrective_action"),
                instant(rs.getTimestamp("resolved_at")),
                staff(rs.getObject("resolved_by", Long.class)),
                confirmation == null ? null : ConfirmationMethod.valueOf(confirmation),
                instant(rs.getTimestamp("confirmed_at")),
                rs.getString("confirmation_note"),
                staff(rs.getObject("confirmation_by", Long.class)),
                instant(rs.getTimestamp("closed_at")),
                staff(rs.getObject("closed_by", Long.class)),
                rs.getInt("version"),
                staff(rs.getObject("changed_by", Long.class)),
                instant(rs.getTimestamp("changed_at")));
    }

    private static <T> @Nullable T optional(ResultSet rs, String column, java.util.function.LongFunction<T> make)
            throws SQLException {
        Long value = rs.getObject(column, Long.class);
        return value == null ? null : make.apply(value);
    }

    static @Nullable StaffId staff(@Nullable Long id) {
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

    /** Someone saved the complaint since it was read. */
    static final class StaleComplaint extends RuntimeException {
        StaleComplaint() {
            super("the complaint was saved meanwhile", null, false, false);
        }
    }
}

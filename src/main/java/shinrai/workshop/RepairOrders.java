package shinrai.workshop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import shinrai.customer.CustomerId;
import shinrai.database.RoundTrip;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;

/**
 * Loads and saves {@link RepairOrder}s. Written with plain SQL rather than Spring Data JDBC, whose save deletes and
 * re-inserts every line of an aggregate: each step would rewrite (and audit) all lines of the order, where this
 * writes only the order's row and the lines the step changed. The version column turns a stale save into
 * {@link RepairOrderChangedMeanwhile}; the publisher sends the order's events in the saving transaction.
 */
@Repository
class RepairOrders {

    /**
     * The order with everything it is made of, as four statements sent together: the driver sends them in one
     * round trip to the server and reads their four results back, where a query each would wait for the server four
     * times on every step of every order.
     */
    private static final String ORDER_WITH_ITS_PARTS = """
            SELECT o.*,
                   (SELECT count(*) FROM workshop.customer_approval a
                    WHERE a.dealer_id = o.dealer_id AND a.repair_order_id = o.id) AS approvals,
                   (SELECT count(*) FROM workshop.quality_check c
                    WHERE c.dealer_id = o.dealer_id AND c.repair_order_id = o.id) AS checks,
                   c.number AS comeback_number, c.delivered_at AS comeback_delivered_at
            FROM workshop.repair_order o
            LEFT JOIN workshop.repair_order c ON c.dealer_id = o.dealer_id AND c.id = o.comeback_of
            WHERE o.dealer_id = :dealer AND o.id = :id%s;
            SELECT l.*, c.number AS comeback_number, c.delivered_at AS comeback_delivered_at
            FROM workshop.repair_order_line l
            LEFT JOIN workshop.repair_order c ON c.dealer_id = l.dealer_id AND c.id = l.comeback_of
            WHERE l.dealer_id = :dealer AND l.repair_order_id = :id
            ORDER BY l.line_no;
            SELECT * FROM workshop.payment WHERE dealer_id = :dealer AND repair_order_id = :id ORDER BY number;
            SELECT * FROM workshop.discount WHERE dealer_id = :dealer AND repair_order_id = :id ORDER BY number""";

    private static final String READ = ORDER_WITH_ITS_PARTS.formatted("");
    private static final String TO_CHANGE = ORDER_WITH_ITS_PARTS.formatted(" FOR UPDATE OF o");

    /**
     * Where a refused save goes back to. A savepoint costs no round trip of its own (it is sent with the save) and
     * is taken back only when the save is refused.
     */
    private static final String BEFORE_SAVE = "before_repair_order_save";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations named;
    private final ApplicationEventPublisher events;
    private final RememberedRepairOrders remembered;

    RepairOrders(
            JdbcClient jdbc,
            NamedParameterJdbcOperations named,
            ApplicationEventPublisher events,
            RememberedRepairOrders remembered) {
        this.jdbc = jdbc;
        this.named = named;
        this.events = events;
        this.remembered = remembered;
    }

    /**
     * Opens the order under the day's next number (RO, the day, four digits or more), drawn and used in one statement:
     * the day's counter row is locked until the transaction ends, so two desks never draw the same number.
     */
    RepairOrder open(RepairOrderOpening opening, LocalDate day, Instant at) {
        RepairOrder.Stored stored = jdbc.sql("""
                        WITH drawn AS (
                            INSERT INTO workshop.order_number AS n (dealer_id, day, last) VALUES (:dealer, :day, 1)
                            ON CONFLICT (dealer_id, day) DO UPDATE SET last = n.last + 1
                            RETURNING last)
                        INSERT INTO workshop.repair_order
                            (dealer_id, number, customer_id, vehicle_id, advisor_id, appointment_id, customer_words,
                             kilometres, status, opened_at, changed_by, changed_at)
                        SELECT :dealer, :prefix || lpad(drawn.last::text, greatest(4, length(drawn.last::text)), '0'),
                               :customer, :vehicle, :advisor, :appointment, :words, :km, 'OPENED', :at, :by, :at
                        FROM drawn
                        RETURNING *, 0 AS approvals, 0 AS checks, NULL AS comeback_number,
                            NULL::timestamptz AS comeback_delivered_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .param("prefix", "RO" + day.toString().replace("-", "") + "-")
                .param("customer", opening.customer().value())
                .param("vehicle", opening.vehicle().value())
                .param("advisor", opening.advisor().value())
                .param("appointment", opening.appointmentId())
                .param("words", opening.customerWords())
                .param("km", opening.kilometres())
                .param("at", Timestamp.from(at))
                .param("by", DealerScope.current().userId(), Types.BIGINT)
                .query(RepairOrders::stored)
                .single();
        RepairOrder opened = new RepairOrder(stored, List.of(), List.of());
        remembered.rememberOnCommit(opened);
        return opened;
    }

    Optional<RepairOrder> find(RepairOrderId id) {
        return find(id, READ);
    }

    /**
     * The order to take a step on, expected at the given version: as this server remembers it at that version, or else
     * read with its row locked until the transaction ends (whoever else takes a step on it meanwhile waits, then finds
     * the version this step saves). Either way {@link #save} refuses it if someone else saved it meanwhile, so the
     * caller compares the version it gets with the one it expected and refuses the step itself if they differ.
     */
    Optional<RepairOrder> findToChange(RepairOrderId id, int version) {
        Optional<RepairOrder> known = remembered.at(DealerScope.currentDealer(), id, version);
        return known.isPresent() ? known : find(id, TO_CHANGE);
    }

    private Optional<RepairOrder> find(RepairOrderId id, String sql) {
        Map<String, Long> params = Map.of("dealer", DealerScope.currentDealer(), "id", id.value());
        return Optional.ofNullable(named.execute(sql, params, statement -> {
            statement.execute();
            List<RepairOrder.Stored> order = rows(statement, RepairOrders::stored);
            if (order.isEmpty()) {
                return null;
            }
            statement.getMoreResults();
            List<RepairOrderLine> lines = rows(statement, (rs, n) -> line(rs));
            statement.getMoreResults();
            List<Payment> payments = rows(statement, RepairOrders::payment);
            statement.getMoreResults();
            return new RepairOrder(order.get(0), lines, payments, rows(statement, RepairOrders::discount));
        }));
    }

    private static <T> List<T> rows(Statement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rs = statement.getResultSet()) {
            return new RowMapperResultSetExtractor<>(mapper).extractData(rs);
        }
    }

    /**
     * Writes what the steps since loading changed, in one transaction with their events: the order's row first, then
     * the rows the steps added or changed, all in one round trip. An order loaded with its row locked cannot have been
     * saved by anyone else meanwhile; a remembered one may have been, and then the save is refused before any other
     * row is written ({@link StaleRepairOrder}) and taken back to where it began, the transaction still usable.
     */
    void save(RepairOrder order, @Nullable StaffId actor, Instant at) {
        RoundTrip writes = new RoundTrip();
        writes.sql("SAVEPOINT " + BEFORE_SAVE);
        writes.sql("""
                        WITH saved AS (
                            UPDATE workshop.repair_order SET status = :status, diagnosis = :diagnosis,
                                concern = :concern, comeback_of = :comebackOf,
                                comeback_technician_id = :comebackTechnician, promised_at = :promised,
                                washed = :washed, interior_cleaned = :interior, delivered_at = :delivered,
                                settled_at = :settled, changed_by = :by, changed_at = :at, version = version + 1
                            WHERE dealer_id = :dealer AND id = :id AND version = :version
                            RETURNING id)
                        SELECT workshop.refuse_stale_save(:dealer, :id) WHERE NOT EXISTS (SELECT FROM saved)""")
                .param("status", order.status().name())
                .param("diagnosis", order.diagnosis())
                .param(
                        "concern",
                        order.concern() == null ? null : order.concern().name(),
                        Types.VARCHAR)
                .param("comebackOf", originalOf(order.comeback()), Types.BIGINT)
                .param("comebackTechnician", technicianOf(order.comeback()), Types.BIGINT)
                .param("promised", timestamp(order.promisedAt()))
                .param("washed", order.washed())
                .param("interior", order.interiorCleaned())
                .param("delivered", timestamp(order.deliveredAt()))
                .param("settled", timestamp(order.settledAt()))
                .param("by", actor == null ? null : actor.value(), Types.BIGINT)
                .param("at", Timestamp.from(at))
                .param("dealer", order.dealerId())
                .param("id", order.id().value())
                .param("version", order.version());
        long dealer = order.dealerId();
        long id = order.id().value();
        order.newApprovals().forEach(approval -> insert(writes, dealer, id, approval));
        order.lines().stream().filter(RepairOrderLine::changed).forEach(line -> {
            if (line.isNew()) {
                insert(writes, dealer, id, line);
            } else {
                update(writes, dealer, id, line);
            }
        });
        order.newTimeEntries().forEach(entry -> insert(writes, dealer, id, entry));
        order.newChecks().forEach(check -> insert(writes, dealer, id, check));
        order.newPayments().forEach(payment -> insert(writes, dealer, id, payment));
        order.changedDiscounts().forEach(discount -> upsert(writes, dealer, id, discount));
        try {
            writes.send(named.getJdbcOperations());
        } catch (DataAccessException e) {
            StaleRepairOrder stale = StaleRepairOrder.from(e).orElseThrow(() -> e);
            // the refusal stopped the transaction; back to before the save, so the caller can still read who saved
            jdbc.sql("ROLLBACK TO SAVEPOINT " + BEFORE_SAVE).update();
            throw stale;
        }
        order.events().forEach(events::publishEvent);
        order.saved(actor, at);
        remembered.rememberOnCommit(order);
    }

    private static Payment payment(ResultSet rs, int n) throws SQLException {
        return new Payment(
                rs.getInt("number"),
                PaymentMethod.valueOf(rs.getString("method")),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("reference"),
                new StaffId(rs.getLong("taken_by")),
                rs.getTimestamp("taken_at").toInstant());
    }

    private static Discount discount(ResultSet rs, int n) throws SQLException {
        return new Discount(
                rs.getInt("number"),
                DiscountScope.valueOf(rs.getString("scope")),
                rs.getBigDecimal("percent"),
                Money.of(rs.getBigDecimal("amount")),
                rs.getString("reason"),
                new StaffId(rs.getLong("granted_by")),
                rs.getTimestamp("granted_at").toInstant(),
                DiscountState.valueOf(rs.getString("state")),
                staff(rs, "decided_by"),
                instant(rs, "decided_at"));
    }

    /** A discount is inserted when given and updated once, when a manager decides on it. */
    private void upsert(RoundTrip writes, long dealer, long id, Discount discount) {
        StaffId decidedBy = discount.decidedBy();
        writes.sql("""
                        INSERT INTO workshop.discount (dealer_id, repair_order_id, number, scope, percent, amount, reason,
                            granted_by, granted_at, state, decided_by, decided_at)
                        VALUES (:dealer, :id, :number, :scope, :percent, :amount, :reason, :grantedBy, :grantedAt,
                                :state, :decidedBy, :decidedAt)
                        ON CONFLICT (dealer_id, repair_order_id, number) DO UPDATE SET
                            state = excluded.state, decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
                .param("dealer", dealer)
                .param("id", id)
                .param("number", discount.number())
                .param("scope", discount.scope().name())
                .param("percent", discount.percent())
                .param("amount", discount.amount().amount())
                .param("reason", discount.reason())
                .param("grantedBy", discount.grantedBy().value())
                .param("grantedAt", Timestamp.from(discount.grantedAt()))
                .param("state", discount.state().name())
                .param("decidedBy", decidedBy == null ? null : decidedBy.value(), Types.BIGINT)
                .param("decidedAt", timestamp(discount.decidedAt()));
    }

    /** A line proposed since loading, as it reads now. */
    private void insert(RoundTrip writes, long dealer, long id, RepairOrderLine line) {
        progress(
                writes.sql("""
                                INSERT INTO workshop.repair_order_line
                                    (dealer_id, repair_order_id, line_no, kind, code, description, reason, quantity,
                                     unit, unit_price, payer, work_type, supplement, comeback_of,
                                     comeback_technician_id, approval, approval_no, job, technician_id, bay_id,
                                     pause_reason, clocked_on_at, clocked_seconds, reworks)
                                VALUES (:dealer, :id, :line, :kind, :code, :description, :reason, :quantity, :unit,
                                        :price, :payer, :workType, :supplement, :comebackOf, :comebackTechnician,
                                        :approval, :approvalNo, :job, :technician, :bay, :pause, :clockedOn, :clocked,
                                        :reworks)""")
                        .param("kind", line.kind().name())
                        .param("code", line.code(), Types.VARCHAR)
                        .param("description", line.description())
                        .param("reason", line.reason())
                        .param("quantity", line.quantity())
                        .param("unit", line.unit())
                        .param("price", line.unitPrice().amount())
                        .param("payer", line.payer().name())
                        .param(
                                "workType",
                                line.workType() == null ? null : line.workType().name(),
                                Types.VARCHAR)
                        .param("supplement", line.supplement())
                        .param("comebackOf", originalOf(line.comeback()), Types.BIGINT)
                        .param("comebackTechnician", comebackTechnician(line), Types.BIGINT),
                dealer,
                id,
                line);
    }

    /**
     * A stored line whose decision or job moved on: only what a step can change is written, so the row is not
     * proposed again as an insert (with every check of a new row) before being updated.
     */
    private void update(RoundTrip writes, long dealer, long id, RepairOrderLine line) {
        progress(writes.sql("""
                        UPDATE workshop.repair_order_line SET approval = :approval, approval_no = :approvalNo,
                            job = :job, technician_id = :technician, bay_id = :bay, pause_reason = :pause,
                            clocked_on_at = :clockedOn, clocked_seconds = :clocked, reworks = :reworks
                        WHERE dealer_id = :dealer AND repair_order_id = :id AND line_no = :line"""), dealer, id, line);
    }

    /** Binds where a line stands: its decision, its job, the time clocked on it. */
    private static void progress(RoundTrip.Statement statement, long dealer, long id, RepairOrderLine line) {
        statement
                .param("dealer", dealer)
                .param("id", id)
                .param("line", line.number())
                .param("approval", line.approval().name())
                .param("approvalNo", line.approvalNumber(), Types.INTEGER)
                .param("job", line.job() == null ? null : line.job().name(), Types.VARCHAR)
                .param(
                        "technician",
                        line.technician() == null ? null : line.technician().value(),
                        Types.BIGINT)
                .param("bay", line.bay() == null ? null : line.bay().value(), Types.BIGINT)
                .param(
                        "pause",
                        line.pauseReason() == null ? null : line.pauseReason().name(),
                        Types.VARCHAR)
                .param("clockedOn", timestamp(line.clockedOnAt()))
                .param("clocked", line.clocked().toSeconds())
                .param("reworks", line.reworks());
    }

    private void insert(RoundTrip writes, long dealer, long id, CustomerApproval approval) {
        writes.sql("""
                        INSERT INTO workshop.customer_approval (dealer_id, repair_order_id, number, method,
                            approved_by_name, phone, signature_png, amount, recorded_by, recorded_at, client_ip,
                            user_agent)
                        VALUES (:dealer, :id, :number, :method, :name, :phone, :signature, :amount, :by, :at, :ip,
                            :agent)""")
                .param("dealer", dealer)
                .param("id", id)
                .param("number", approval.number())
                .param("method", approval.method().name())
                .param("name", approval.approvedByName())
                .param("phone", approval.phone(), Types.VARCHAR)
                .param("signature", approval.signaturePng(), Types.BINARY)
                .param("amount", approval.amount().amount())
                .param("by", approval.recordedBy().value(), Types.BIGINT)
                .param("at", Timestamp.from(approval.recordedAt()))
                .param("ip", approval.clientIp(), Types.VARCHAR)
                .param("agent", approval.userAgent(), Types.VARCHAR);
    }

    private void insert(RoundTrip writes, long dealer, long id, TimeEntry entry) {
        writes.sql("""
                        INSERT INTO workshop.time_entry (dealer_id, repair_order_id, line_no, technician_id, bay_id,
                            started_at, ended_at) VALUES (:dealer, :id, :line, :technician, :bay, :started, :ended)""")
                .param("dealer", dealer)
                .param("id", id)
                .param("line", entry.lineNumber())
                .param("technician", entry.technician().value(), Types.BIGINT)
                .param("bay", entry.bay() == null ? null : entry.bay().value(), Types.BIGINT)
                .param("started", Timestamp.from(entry.startedAt()))
                .param("ended", Timestamp.from(entry.endedAt()));
    }

    /**
     * A check with what was found on each item of its checklist, as the items read then, in one statement however long
     * the checklist: the check's row first, then each item bound as one element of a column array (the items' rows
     * refer to the check's).
     */
    private void insert(RoundTrip writes, long dealer, long id, QualityCheck check) {
        List<CheckedItem> items = check.items();
        String theCheck = """
                INSERT INTO workshop.quality_check (dealer_id, repair_order_id, number, level, passed, notes,
                    inspector_id, checked_at) VALUES (:dealer, :id, :number, :level, :passed, :notes, :inspector, :at)""";
        RoundTrip.Statement statement = writes.sql(items.isEmpty() ? theCheck : "WITH the_check AS (" + theCheck + """
                        )
                        INSERT INTO workshop.quality_check_item (dealer_id, repair_order_id, check_no, position,
                            work_type, item_key, message_key, text, ok, note)
                        SELECT :dealer, :id, :number, i.position, i.work_type, i.item_key, i.message_key, i.text,
                               i.ok, i.note
                        FROM unnest(CAST(:types AS text[]), CAST(:keys AS text[]), CAST(:messageKeys AS text[]),
                                    CAST(:texts AS text[]), CAST(:oks AS boolean[]), CAST(:itemNotes AS text[]))
                             WITH ORDINALITY AS i(work_type, item_key, message_key, text, ok, note, position)""")
                .param("dealer", dealer)
                .param("id", id)
                .param("number", check.number())
                .param("level", check.level().name())
                .param("passed", check.passed())
                .param("notes", check.notes())
                .param("inspector", check.inspector().value())
                .param("at", Timestamp.from(check.checkedAt()));
        if (!items.isEmpty()) {
            statement
                    .param(
                            "types",
                            items.stream().map(i -> i.item().workType().name()).toArray(String[]::new))
                    .param("keys", items.stream().map(i -> i.item().key()).toArray(String[]::new))
                    .param(
                            "messageKeys",
                            items.stream().map(i -> i.item().messageKey()).toArray(String[]::new))
                    .param("texts", items.stream().map(i -> i.item().text()).toArray(String[]::new))
                    .param("oks", items.stream().map(CheckedItem::ok).toArray(Boolean[]::new))
                    .param("itemNotes", items.stream().map(CheckedItem::note).toArray(String[]::new));
        }
        int photo = 0;
        for (CheckPhoto each : check.photos()) {
            insert(writes, dealer, id, check.number(), ++photo, each);
        }
    }

    /** A photo of a check, numbered after the check's earlier ones. */
    void insert(long dealer, long id, int check, int number, CheckPhoto photo) {
        RoundTrip writes = new RoundTrip();
        insert(writes, dealer, id, check, number, photo);
        writes.send(named.getJdbcOperations());
    }

    private void insert(RoundTrip writes, long dealer, long id, int check, int number, CheckPhoto photo) {
        writes.sql("""
                        INSERT INTO workshop.quality_check_photo (dealer_id, repair_order_id, check_no, photo_no,
                            content_type, content) VALUES (:dealer, :id, :check, :number, :type, :content)""")
                .param("dealer", dealer)
                .param("id", id)
                .param("check", check)
                .param("number", number)
                .param("type", photo.contentType())
                .param("content", photo.content());
    }

    private void insert(RoundTrip writes, long dealer, long id, Payment payment) {
        writes.sql("""
                        INSERT INTO workshop.payment (dealer_id, repair_order_id, number, method, amount, reference,
                            taken_by, taken_at) VALUES (:dealer, :id, :number, :method, :amount, :reference, :by, :at)""")
                .param("dealer", dealer)
                .param("id", id)
                .param("number", payment.number())
                .param("method", payment.method().name())
                .param("amount", payment.amount().amount())
                .param("reference", payment.reference())
                .param("by", payment.takenBy().value(), Types.BIGINT)
                .param("at", Timestamp.from(payment.takenAt()));
    }

    private static RepairOrder.Stored stored(ResultSet rs, int n) throws SQLException {
        return new RepairOrder.Stored(
                rs.getLong("dealer_id"),
                new RepairOrderId(rs.getLong("id")),
                rs.getString("number"),
                new CustomerId(rs.getLong("customer_id")),
                new VehicleId(rs.getLong("vehicle_id")),
                new StaffId(rs.getLong("advisor_id")),
                rs.getObject("appointment_id", Long.class),
                rs.getString("customer_words"),
                rs.getObject("kilometres", Integer.class),
                rs.getTimestamp("opened_at").toInstant(),
                RepairOrderStatus.valueOf(rs.getString("status")),
                rs.getString("diagnosis"),
                concern(rs),
                comeback(rs),
                instant(rs, "promised_at"),
                rs.getObject("washed", Boolean.class),
                rs.getObject("interior_cleaned", Boolean.class),
                instant(rs, "delivered_at"),
                instant(rs, "settled_at"),
                rs.getInt("approvals"),
                rs.getInt("checks"),
                rs.getInt("version"),
                staff(rs, "changed_by"),
                instant(rs, "changed_at"));
    }

    private static RepairOrderLine line(ResultSet rs) throws SQLException {
        String workType = rs.getString("work_type");
        String job = rs.getString("job");
        String pause = rs.getString("pause_reason");
        return new RepairOrderLine(
                rs.getInt("line_no"),
                LineKind.valueOf(rs.getString("kind")),
                rs.getString("code"),
                rs.getString("description"),
                rs.getString("reason"),
                rs.getBigDecimal("quantity"),
                rs.getString("unit"),
                Money.of(rs.getBigDecimal("unit_price")),
                Payer.valueOf(rs.getString("payer")),
                workType == null ? null : WorkType.valueOf(workType),
                rs.getBoolean("supplement"),
                comeback(rs),
                LineApproval.valueOf(rs.getString("approval")),
                rs.getObject("approval_no", Integer.class),
                job == null ? null : JobStatus.valueOf(job),
                staff(rs, "technician_id"),
                bay(rs),
                pause == null ? null : PauseReason.valueOf(pause),
                instant(rs, "clocked_on_at"),
                rs.getLong("clocked_seconds"),
                rs.getInt("reworks"));
    }

    private static @Nullable Comeback comeback(ResultSet rs) throws SQLException {
        Long original = rs.getObject("comeback_of", Long.class);
        return original == null
                ? null
                : new Comeback(
                        new RepairOrderId(original),
                        rs.getString("comeback_number"),
                        staff(rs, "comeback_technician_id"),
                        rs.getTimestamp("comeback_delivered_at").toInstant());
    }

    private static @Nullable Long comebackTechnician(RepairOrderLine line) {
        return technicianOf(line.comeback());
    }

    private static @Nullable Long originalOf(@Nullable Comeback comeback) {
        return comeback == null ? null : comeback.originalOrder().value();
    }

    private static @Nullable Long technicianOf(@Nullable Comeback comeback) {
        return comeback == null || comeback.technician() == null
                ? null
                : comeback.technician().value();
    }

    private static @Nullable BayId bay(ResultSet rs) throws SQLException {
        Long id = rs.getObject("bay_id", Long.class);
        return id == null ? null : new BayId(id);
    }

    private static @Nullable ConcernCategory concern(ResultSet rs) throws SQLException {
        String concern = rs.getString("concern");
        return concern == null ? null : ConcernCategory.valueOf(concern);
    }

    private static @Nullable StaffId staff(ResultSet rs, String column) throws SQLException {
        Long id = rs.getObject(column, Long.class);
        return id == null ? null : new StaffId(id);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    /** The order's row had moved on when a step was saved. */
    /** A save refused because someone else saved the order meanwhile: who, and when, as the database last had it. */
    static final class StaleRepairOrder extends RuntimeException {

        /** What {@code workshop.refuse_stale_save} raises (see its migration). */
        private static final String SQL_STATE = "SR409";

        final @Nullable StaffId by;
        final @Nullable Instant at;

        private StaleRepairOrder(String message, @Nullable StaffId by, @Nullable Instant at, Throwable cause) {
            super(message, cause);
            this.by = by;
            this.at = at;
        }

        /** The refusal a failed save carries, if that is why it failed. */
        static Optional<StaleRepairOrder> from(DataAccessException failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof PSQLException refused
                        && SQL_STATE.equals(refused.getSQLState())
                        && refused.getServerErrorMessage() != null) {
                    String[] last = String.valueOf(
                                    refused.getServerErrorMessage().getDetail())
                            .split(" ", -1);
                    return Optional.of(new StaleRepairOrder(
                            refused.getMessage(),
                            last[0].isEmpty() ? null : new StaffId(Long.parseLong(last[0])),
                            last.length < 2 || last[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(last[1])),
                            failure));
                }
            }
            return Optional.empty();
        }
    }
}

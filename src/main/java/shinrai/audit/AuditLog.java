package shinrai.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;

/**
 * Reads the current dealer's audit log, newest first, with keyset paging so page 1,000 costs what page 1 does.
 * Modules append explicit events (an unmasked phone number viewed, a merge) with {@link #record}, and reads of
 * customers' personal data with {@link #recordRead}.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    static final int PAGE_SIZE = 50;

    /** A read of customers' personal data. */
    public static final String READ = "READ";

    /** Customers' personal data taken away in a file. */
    public static final String EXPORT = "EXPORT";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event in the current dealer's log, attributed to the signed-in user. */
    @Transactional
    public void record(String action, String entityType, String entityId) {
        DealerScope scope = DealerScope.current();
        jdbc.sql("""
                        INSERT INTO audit.audit_event (dealer_id, actor_id, actor_name, action, entity_type, entity_id)
                        VALUES (:dealer, :actor, :actorName, :action, :entityType, :entityId)""")
                .param("dealer", scope.dealerId(), java.sql.Types.BIGINT)
                .param("actor", scope.userId(), java.sql.Types.BIGINT)
                .param("actorName", scope.username(), java.sql.Types.VARCHAR)
                .param("action", action)
                .param("entityType", entityType)
                .param("entityId", entityId)
                .update();
    }

    /**
     * Records that the signed-in user read customers' personal data (a record, a search result page, an export,
     * refused import lines): one entry per request, listing the ids read, however many there are.
     *
     * @param action {@link #READ}, or {@code EXPORT} for a file taken away
     * @param whole whether the reader saw contact details unmasked
     */
    @Transactional
    public void recordRead(String action, String entityType, Collection<Long> ids, boolean whole) {
        DealerScope scope = DealerScope.current();
        jdbc.sql("""
                        INSERT INTO audit.audit_event (dealer_id, actor_id, actor_name, action, entity_type, entity_id,
                                                       details)
                        SELECT :dealer, :actor, :actorName, :action, :entityType,
                               CASE WHEN cardinality(read.ids) = 1 THEN read.ids[1]::text END,
                               jsonb_build_object('ids', to_jsonb(read.ids), 'count', cardinality(read.ids),
                                                  'whole', :whole)
                        FROM (SELECT CAST(:ids AS bigint[]) AS ids) read""")
                .param("dealer", scope.dealerId(), java.sql.Types.BIGINT)
                .param("actor", scope.userId(), java.sql.Types.BIGINT)
                .param("actorName", scope.username(), java.sql.Types.VARCHAR)
                .param("action", action)
                .param("entityType", entityType)
                .param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("whole", whole)
                .update();
    }

    /**
     * One page of the current dealer's events matching the filter, strictly older than {@code before} (the last id
     * of the previous page), plus one more row to tell whether another page exists. The dealer leads the condition
     * so the page is read from the {@code (dealer_id, id DESC)} index and stops after {@value #PAGE_SIZE} rows,
     * whatever the log's length.
     */
    public Page search(Filter filter, ZoneId zone) {
        Instant from =
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<AuditEvent> rows = jdbc.sql("""
                        SELECT id, occurred_at, actor_name, action, entity_type, entity_id, details::text AS details,
                               client_ip
                        FROM audit.audit_event
                        WHERE dealer_id = :dealer
                          AND id < coalesce(CAST(:before AS bigint), 9223372036854775807)
                          AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
                          AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
                          AND (CAST(:actor AS text) IS NULL OR actor_name ILIKE '%' || :actor || '%')
                          AND (CAST(:action AS text) IS NULL OR action = :action)
                          AND (CAST(:record AS text) IS NULL OR entity_type = :record)
                        ORDER BY id DESC
                        LIMIT :limit""")
                .param("dealer", DealerScope.currentDealer())
                .param("before", filter.before(), java.sql.Types.BIGINT)
                .param(
                        "from",
                        from == null ? null : java.sql.Timestamp.from(from),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("to", to == null ? null : java.sql.Timestamp.from(to), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("actor", blankToNull(filter.actor()), java.sql.Types.VARCHAR)
                .param("action", blankToNull(filter.action()), java.sql.Types.VARCHAR)
                .param("record", blankToNull(filter.record()), java.sql.Types.VARCHAR)
                .param("limit", PAGE_SIZE + 1)
                .query(AuditEvent.class)
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        List<AuditEvent> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        return new Page(page, more ? page.get(page.size() - 1).id() : null);
    }

    /** The tables whose changes are logged (each has the trigger {@code audit.track_changes} puts on it). */
    public List<String> trackedTables() {
        return jdbc.sql("""
                        SELECT DISTINCT n.nspname || '.' || c.relname
                        FROM pg_catalog.pg_trigger t
                        JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
                        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                        WHERE t.tgname = 'audit_changes'
                        ORDER BY 1""").query(String.class).list();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What to look for; every part is optional. */
    public record Filter(
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable String actor,
            @Nullable String action,
            @Nullable String record,
            @Nullable Long before) {}

    /** One entry: who did what to which record, when, and the changed values. */
    public record AuditEvent(
            long id,
            Instant occurredAt,
            @Nullable String actorName,
            String action,
            @Nullable String entityType,
            @Nullable String entityId,
            @Nullable String details,
            @Nullable String clientIp) {}

    /** A page of events and where the next page starts, if there is one. */
    public record Page(List<AuditEvent> events, @Nullable Long nextBefore) {}
}

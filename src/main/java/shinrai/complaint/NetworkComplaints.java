package shinrai.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * What the network's hotline raised to its dealers, and how far each dealer has come with it: the network's staff
 * follow their complaints here without reading anything else of the dealers'. A complaint is the network's when
 * its row in {@code complaint.network_raise} names the network; the rows a network user reads are the network's
 * dealers' by row-level security, so another network finds none of them.
 */
@Service
@Transactional(readOnly = true)
public class NetworkComplaints {

    /** The longest list the page or the API shows. */
    public static final int MOST_SHOWN = 200;

    private final JdbcClient jdbc;
    private final Staff staff;
    private final DealerDirectory dealers;

    NetworkComplaints(JdbcClient jdbc, Staff staff, DealerDirectory dealers) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.dealers = dealers;
    }

    /**
     * One complaint the network raised, as far as the dealer has come with it.
     *
     * @param ownerName who at the dealer handles it; none while the dealer's manager has given it to nobody
     * @param lastContactAt when the dealer last spoke with the customer, and how ({@code lastContactChannel})
     * @param escalationLevel 0, or 1 and 2 once its deadline passed (in the current round)
     */
    public record RaisedComplaint(
            long complaint,
            long dealer,
            String dealerCode,
            String dealerName,
            Instant raisedAt,
            String raisedBy,
            ComplaintCategory category,
            Severity severity,
            String customerWords,
            ComplaintStatus status,
            @Nullable String ownerName,
            Instant respondBy,
            Instant resolveBy,
            @Nullable Instant respondedAt,
            @Nullable Instant lastContactAt,
            @Nullable ContactChannel lastContactChannel,
            int escalationLevel,
            @Nullable String rootCause,
            @Nullable String correctiveAction,
            @Nullable Instant resolvedAt,
            @Nullable Instant confirmedAt,
            @Nullable Instant closedAt,
            int round) {

        /** Unresolved and past a deadline at {@code now}. */
        public boolean overdue(Instant now) {
            return status.isUnresolved()
                    && ((respondedAt == null && respondBy.isBefore(now)) || resolveBy.isBefore(now));
        }
    }

    /** Records, in the dealer's scope and the raise's transaction, that the network's hotline raised it. */
    @Transactional
    void recordRaise(ComplaintId complaint, long network, long raisedBy, String raisedByName, Instant at) {
        jdbc.sql("""
                        INSERT INTO complaint.network_raise
                            (dealer_id, complaint_id, network_id, raised_by, raised_by_name, raised_at)
                        VALUES (:dealer, :complaint, :network, :by, :name, :at)""")
                .param("dealer", DealerScope.currentDealer())
                .param("complaint", complaint.value())
                .param("network", network)
                .param("by", raisedBy)
                .param("name", raisedByName)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The complaints the signed-in network user's network raised, the newest first; of one dealer if asked. */
    public List<RaisedComplaint> raised(@Nullable Long dealer) {
        long network = network();
        return read(
                "r.network_id = :network AND (CAST(:dealer AS bigint) IS NULL OR r.dealer_id = :dealer)",
                network,
                dealer,
                null);
    }

    /** One complaint the network raised; any other is not found. */
    public RaisedComplaint get(long complaint) {
        long network = network();
        return read("r.network_id = :network AND r.complaint_id = :complaint", network, null, complaint).stream()
                .findFirst()
                .orElseThrow(() -> new NotFound("complaint", complaint));
    }

    private List<RaisedComplaint> read(
            String condition, long network, @Nullable Long dealer, @Nullable Long complaint) {
        List<Row> rows = jdbc.sql("""
                        SELECT r.dealer_id, c.id, r.raised_at, r.raised_by_name, c.category, c.severity,
                               c.customer_words, c.status, c.owner_id, c.respond_by, c.resolve_by, c.responded_at,
                               last.contacted_at, last.channel,
                               (SELECT max(e.level) FROM complaint.escalation e
                                WHERE e.dealer_id = c.dealer_id AND e.complaint_id = c.id AND e.round = c.round)
                                   AS escalation_level,
                               c.root_cause, c.corrective_action, c.resolved_at, c.confirmed_at, c.closed_at, c.round
                        FROM complaint.network_raise r
                        JOIN complaint.complaint c ON c.dealer_id = r.dealer_id AND c.id = r.complaint_id
                        LEFT JOIN LATERAL (SELECT x.contacted_at, x.channel FROM complaint.contact x
                                           WHERE x.dealer_id = c.dealer_id AND x.complaint_id = c.id
                                           ORDER BY x.contacted_at DESC, x.entry_no DESC LIMIT 1) last ON true
                        """ + "WHERE " + condition + " ORDER BY r.raised_at DESC, c.id DESC LIMIT :limit")
                .param("network", network)
                .param("dealer", dealer, java.sql.Types.BIGINT)
                .param("complaint", complaint, java.sql.Types.BIGINT)
                .param("limit", MOST_SHOWN)
                .query(NetworkComplaints::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, DealerDirectory.DealerSummary> byId = dealers.visibleDealers().stream()
                .collect(Collectors.toMap(DealerDirectory.DealerSummary::id, Function.identity()));
        Map<Long, String> names = staff.displayNames(
                rows.stream().map(Row::owner).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<RaisedComplaint> raised = new ArrayList<>();
        for (Row row : rows) {
            Optional<DealerDirectory.DealerSummary> at = Optional.ofNullable(byId.get(row.dealer()));
            raised.add(new RaisedComplaint(
                    row.complaint(),
                    row.dealer(),
                    at.map(DealerDirectory.DealerSummary::code).orElse("-"),
                    at.map(DealerDirectory.DealerSummary::name).orElse("-"),
                    row.raisedAt(),
                    row.raisedBy(),
                    row.category(),
                    row.severity(),
                    row.customerWords(),
                    row.status(),
                    row.owner() == null ? null : names.get(row.owner()),
                    row.respondBy(),
                    row.resolveBy(),
                    row.respondedAt(),
                    row.lastContactAt(),
                    row.lastContactChannel(),
                    row.escalationLevel(),
                    row.rootCause(),
                    row.correctiveAction(),
                    row.resolvedAt(),
                    row.confirmedAt(),
                    row.closedAt(),
                    row.round()));
        }
        return raised;
    }

    private static long network() {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() != null || scope.networkId() == null) {
            throw new ComplaintRefused("complaint.refused.networkOnly");
        }
        return scope.networkId();
    }

    private record Row(
            long dealer,
            long complaint,
            Instant raisedAt,
            String raisedBy,
            ComplaintCategory category,
            Severity severity,
            String customerWords,
            ComplaintStatus status,
            @Nullable Long owner,
            Instant respondBy,
            Instant resolveBy,
            @Nullable Instant respondedAt,
            @Nullable Instant lastContactAt,
            @Nullable ContactChannel lastContactChannel,
            int escalationLevel,
            @Nullable String rootCause,
            @Nullable String correctiveAction,
            @Nullable Instant resolvedAt,
            @Nullable Instant confirmedAt,
            @Nullable Instant closedAt,
            int round) {}

    private static Row row(ResultSet rs, int n) throws SQLException {
        long owner = rs.getLong("owner_id");
        boolean noOwner = rs.wasNull();
        String channel = rs.getString("channel");
        return new Row(
                rs.getLong("dealer_id"),
                rs.getLong("id"),
                instant(rs, "raised_at"),
                rs.getString("raised_by_name"),
                ComplaintCategory.valueOf(rs.getString("category")),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("customer_words"),
                ComplaintStatus.valueOf(rs.getString("status")),
                noOwner ? null : owner,
                instant(rs, "respond_by"),
                instant(rs, "resolve_by"),
                nullableInstant(rs, "responded_at"),
                nullableInstant(rs, "contacted_at"),
                channel == null ? null : ContactChannel.valueOf(channel),
                rs.getInt("escalation_level"),
                rs.getString("root_cause"),
                rs.getString("corrective_action"),
                nullableInstant(rs, "resolved_at"),
                nullableInstant(rs, "confirmed_at"),
                nullableInstant(rs, "closed_at"),
                rs.getInt("round"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

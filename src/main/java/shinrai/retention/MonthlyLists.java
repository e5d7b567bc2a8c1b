package shinrai.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.complaint.Complaint;
import shinrai.complaint.ComplaintDesk;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUps;
import shinrai.shared.DealerScope;
import shinrai.shared.TextLimits;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderHistory.LastVisit;

/**
 * The month's lists of customers at risk, each entry with its owner and result. The lists are asked, each time, from
 * the modules that own what puts a customer on them (follow-up calls and their ratings, repair orders); the owners
 * and results are this module's own rows, matched to the lists by month, list, customer and subject.
 */
@Service
@Transactional
public class MonthlyLists {

    /** The most entries one list shows: a month of a large dealer's problems, not its whole history. */
    public static final int MOST_SHOWN = 500;

    /** A rating at or under this (of 5) at delivery puts the customer on the dissatisfied list. */
    public static final int LOW_RATING = 2;

    public static final int NOTE_LIMIT = 500;

    private final FollowUps followUps;
    private final ComplaintDesk complaints;
    private final RepairOrderHistory orders;
    private final CustomerBook customers;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final RetentionSettings settings;
    private final JdbcClient jdbc;
    private final Clock clock;

    MonthlyLists(
            FollowUps followUps,
            ComplaintDesk complaints,
            RepairOrderHistory orders,
            CustomerBook customers,
            Staff staff,
            DealerDirectory dealers,
            RetentionSettings settings,
            JdbcClient jdbc,
            Clock clock) {
        this.followUps = followUps;
        this.complaints = complaints;
        this.orders = orders;
        this.customers = customers;
        this.staff = staff;
        this.dealers = dealers;
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The month's three lists, in the dealer's calendar. */
    public record Lists(YearMonth month, int lostAfterMonths, Map<ListKind, List<ListEntry>> entries) {

        public List<ListEntry> of(ListKind kind) {
            return entries.getOrDefault(kind, List.of());
        }

        /** Whether the list may hold more than it shows: one of its sources gave {@link #MOST_SHOWN}. */
        public boolean cut(ListKind kind) {
            return of(kind).size() >= MOST_SHOWN;
        }
    }

    /** The dealer's month now, in its own time zone. */
    @Transactional(readOnly = true)
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(dealers.current().zone()));
    }

    @Transactional(readOnly = true)
    public Lists of(YearMonth month) {
        ZoneId zone = dealers.current().zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        int lostAfter = settings.lostAfterMonths();
        YearMonth lastVisitMonth = month.minusMonths(lostAfter);
        List<Source> found = new ArrayList<>();
        Set<String> complainedAbout = new HashSet<>();
        for (Complaint complaint : complaints.openedWithin(from, to, MOST_SHOWN)) {
            if (complaint.repairOrder() != null) {
                complainedAbout.add(complaint.customer() + "/" + complaint.repairOrder());
            }
            found.add(new Source(
                    ListKind.DISSATISFIED,
                    complaint.customer(),
                    "complaint:" + complaint.id(),
                    "retention.reason.complaint",
                    List.of(new DefaultMessageSourceResolvable(
                            complaint.category().messageKey())),
                    complaint.openedAt(),
                    "",
                    complaint.owner()));
        }
        for (FollowUpCall call : followUps.ratedAtMostWithin(LOW_RATING, from, to, MOST_SHOWN)) {
            if (complainedAbout.contains(call.customer() + "/" + call.repairOrder())) {
                continue; // the complaint opened from the rating is on the list already
            }
            found.add(new Source(
                    ListKind.DISSATISFIED,
                    call.customer(),
                    "call:" + call.id(),
                    "retention.reason.lowRating",
                    List.of(rating(call.advisorRating()), rating(call.technicianRating())),
                    call.deliveredAt(),
                    call.repairOrderNumber(),
                    call.advisor()));
        }
        for (FollowUpCall call : followUps.problemsWithin(from, to, MOST_SHOWN)) {
            found.add(new Source(
                    ListKind.FOLLOW_UP_PROBLEM,
                    call.customer(),
                    "call:" + call.id(),
                    call.status().isClosed() ? call.status().messageKey() : "retention.reason.overdue",
                    List.of(call.attempts().size()),
                    call.deliveredAt(),
                    call.repairOrderNumber(),
                    call.advisor()));
        }
        for (LastVisit visit : orders.lastVisitsWithin(
                lastVisitMonth.atDay(1).atStartOfDay(zone).toInstant(),
                lastVisitMonth.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                MOST_SHOWN)) {
            found.add(new Source(
                    ListKind.LOST,
                    visit.customer(),
                    "order:" + visit.order(),
                    "retention.reason.lastVisit",
                    List.of(lostAfter),
                    visit.deliveredAt(),
                    visit.number(),
                    visit.advisor()));
        }
        return new Lists(month, lostAfter, entries(month, found));
    }

    /**
     * Takes an entry of the month's list in hand, or changes it: its owner, its result, a note. {@code version} is the
     * entry's as the user saw it, {@code null} when nobody had taken it in hand yet; refused when someone changed it
     * since, or when the customer is not (or no longer) on that list.
     */
    public void handle(
            YearMonth month,
            ListKind kind,
            CustomerId customer,
            String subject,
            @Nullable StaffId owner,
            @Nullable ListResult result,
            String note,
            @Nullable Integer version) {
        String cleanNote = note == null ? "" : note.strip();
        shinrai.shared.InvalidInput.Collector invalid = new shinrai.shared.InvalidInput.Collector();
        TextLimits.check(invalid, "note", cleanNote, NOTE_LIMIT);
        if (owner != null
                && !staff.activeIds(shinrai.dealer.Role.CUSTOMER_RELATIONS).contains(owner)
                && !staff.activeIds(shinrai.dealer.Role.SERVICE_MANAGER).contains(owner)
                && !staff.activeIds(shinrai.dealer.Role.SERVICE_ADVISOR).contains(owner)) {
            invalid.add(new InvalidListInput("owner", "retention.error.owner"));
        }
        invalid.throwIfAny();
        boolean listed = of(month).of(kind).stream()
                .anyMatch(entry ->
                        entry.customer().equals(customer) && entry.subject().equals(subject));
        if (!listed) {
            throw new InvalidListInput("subject", "retention.error.notListed");
        }
        long user = Objects.requireNonNull(DealerScope.current().userId(), "handled by a signed-in user");
        int written = version == null
                ? jdbc.sql("""
                                INSERT INTO retention.list_entry (dealer_id, month, kind, customer_id, subject, owner_id,
                                    result, note, changed_by, changed_at)
                                VALUES (:dealer, :month, :kind, :customer, :subject, :owner, :result, :note, :by, :at)
                                ON CONFLICT (dealer_id, month, kind, customer_id, subject) DO NOTHING""")
                        .params(columns(month, kind, customer, subject, owner, result, cleanNote, user))
                        .update()
                : jdbc.sql("""
                                UPDATE retention.list_entry SET owner_id = :owner, result = :result, note = :note,
                                    version = version + 1, changed_by = :by, changed_at = :at
                                WHERE dealer_id = :dealer AND month = :month AND kind = :kind
                                  AND customer_id = :customer AND subject = :subject AND version = :version""")
                        .params(columns(month, kind, customer, subject, owner, result, cleanNote, user))
                        .param("version", version)
                        .update();
        if (written == 0) {
            throw new EntryChangedMeanwhile();
        }
    }

    private Map<String, Object> columns(
            YearMonth month,
            ListKind kind,
            CustomerId customer,
            String subject,
            @Nullable StaffId owner,
            @Nullable ListResult result,
            String note,
            long user) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("dealer", DealerScope.currentDealer());
        columns.put("month", java.sql.Date.valueOf(month.atDay(1)));
        columns.put("kind", kind.name());
        columns.put("customer", customer.value());
        columns.put("subject", subject);
        columns.put(
                "owner",
                new org.springframework.jdbc.core.SqlParameterValue(
                        java.sql.Types.BIGINT, owner == null ? null : owner.value()));
        columns.put(
                "result",
                new org.springframework.jdbc.core.SqlParameterValue(
                        java.sql.Types.VARCHAR, result == null ? null : result.name()));
        columns.put("note", note);
        columns.put("by", user);
        columns.put("at", Timestamp.from(clock.instant()));
        return columns;
    }

    /** What puts a customer on a list, before the names and the owner's row are added. */
    private record Source(
            ListKind kind,
            CustomerId customer,
            String subject,
            String reasonKey,
            List<Object> reasonArguments,
            Instant at,
            String orderNumber,
            @Nullable StaffId advisor) {}

    private record Handled(
            @Nullable StaffId owner, @Nullable ListResult result, String note, int version) {}

    private Map<ListKind, List<ListEntry>> entries(YearMonth month, List<Source> found) {
        Map<String, Handled> handled = new HashMap<>();
        jdbc.sql("""
                        SELECT kind, customer_id, subject, owner_id, result, note, version FROM retention.list_entry
                        WHERE dealer_id = :dealer AND month = :month""")
                .param("dealer", DealerScope.currentDealer())
                .param("month", java.sql.Date.valueOf(month.atDay(1)))
                .query(rs -> {
                    Long owner = rs.getObject("owner_id", Long.class);
                    String result = rs.getString("result");
                    handled.put(
                            key(
                                    ListKind.valueOf(rs.getString("kind")),
                                    rs.getLong("customer_id"),
                                    rs.getString("subject")),
                            new Handled(
                                    owner == null ? null : new StaffId(owner),
                                    result == null ? null : ListResult.valueOf(result),
                                    rs.getString("note"),
                                    rs.getInt("version")));
                });
        Map<Long, String> customerNames = new HashMap<>();
        customers
                .getAll(found.stream().map(s -> s.customer().value()).distinct().toList())
                .forEach(c -> customerNames.put(c.id(), c.name()));
        Set<Long> people = new HashSet<>();
        found.stream().map(Source::advisor).filter(Objects::nonNull).forEach(a -> people.add(a.value()));
        handled.values().stream().map(Handled::owner).filter(Objects::nonNull).forEach(o -> people.add(o.value()));
        Map<Long, String> names = staff.displayNames(people);
        Map<ListKind, List<ListEntry>> lists = new java.util.EnumMap<>(ListKind.class);
        for (Source source : found) {
            Handled taken = handled.get(key(source.kind(), source.customer().value(), source.subject()));
            lists.computeIfAbsent(source.kind(), k -> new ArrayList<>())
                    .add(new ListEntry(
                            source.kind(),
                            source.customer(),
                            customerNames.getOrDefault(source.customer().value(), "-"),
                            source.subject(),
                            source.reasonKey(),
                            source.reasonArguments(),
                            source.at(),
                            source.orderNumber(),
                            source.advisor() == null
                                    ? ""
                                    : names.getOrDefault(source.advisor().value(), "-"),
                            taken == null ? null : taken.owner(),
                            taken == null || taken.owner() == null
                                    ? ""
                                    : names.getOrDefault(taken.owner().value(), "-"),
                            taken == null ? null : taken.result(),
                            taken == null ? "" : taken.note(),
                            taken == null ? null : taken.version()));
        }
        return lists;
    }

    /** A merge moves the duplicate's entries to the survivor, unless the survivor has the same entry already. */
    void moveCustomer(long dealerId, long from, long to) {
        jdbc.sql("""
                        UPDATE retention.list_entry e SET customer_id = :to, version = version + 1
                        WHERE dealer_id = :dealer AND customer_id = :from AND NOT EXISTS (
                            SELECT 1 FROM retention.list_entry s
                            WHERE s.dealer_id = e.dealer_id AND s.month = e.month AND s.kind = e.kind
                              AND s.customer_id = :to AND s.subject = e.subject)""")
                .param("dealer", dealerId)
                .param("from", from)
                .param("to", to)
                .update();
    }

    private static String key(ListKind kind, long customer, String subject) {
        return kind + "/" + customer + "/" + subject;
    }

    private static Object rating(@Nullable Integer rating) {
        return rating == null ? "-" : rating;
    }
}

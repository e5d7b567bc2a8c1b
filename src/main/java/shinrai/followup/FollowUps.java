package shinrai.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ContactPreferences;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.MobileNumber;
import shinrai.customer.PhoneNumber;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.workshop.RepairOrderDelivered;

/**
 * Follow-up calls, as the customer-relations agents and their manager work them. A delivered order becomes one task
 * (never two, however often the delivery is announced); each call recorded names the version of the task the agent
 * saw, so two agents on one task cannot write over each other. What came of each call goes on the customer's
 * timeline in the same transaction.
 */
@Service
@Transactional
public class FollowUps {

    /** The longest list a page or the API shows at once. */
    public static final int MOST_SHOWN = 200;

    private static final int TIMELINE_NOTE = 200;

    private final FollowUpCalls calls;
    private final AssignmentTurns turns;
    private final FollowUpSettings settings;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final CustomerBook customers;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUps(
            FollowUpCalls calls,
            AssignmentTurns turns,
            FollowUpSettings settings,
            Staff staff,
            DealerDirectory dealers,
            CustomerBook customers,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.calls = calls;
        this.turns = turns;
        this.settings = settings;
        this.staff = staff;
        this.dealers = dealers;
        this.customers = customers;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Opens the call task for a delivered order and answers its id, in the scope of the order's dealer: due by the
     * dealer's terms, given to the next agent in turn, or, for a customer who withdrew phone consent, closed at once
     * with the reason. Empty when the order already has its task (the event heard again; the insert does nothing,
     * though the turn it took has passed to the next agent).
     */
    Optional<FollowUpCallId> openAfter(RepairOrderDelivered delivered) {
        ContactPreferences preferences =
                customers.contactPreferences(delivered.customer().value());
        Map<ConsentChannel, Boolean> consents = preferences.standingAnswers();
        NoCallReason notCalled = null;
        if (Boolean.FALSE.equals(consents.get(ConsentChannel.PHONE_CALL))) {
            notCalled = Boolean.TRUE.equals(consents.get(ConsentChannel.SMS))
                    ? NoCallReason.PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS
                    : NoCallReason.PHONE_WITHDRAWN_NO_SMS;
        }
        StaffId agent = notCalled == null ? turns.next(agents()).orElse(null) : null;
        Instant now = clock.instant();
        FollowUpCall call = FollowUpCall.afterDelivery(
                delivered.repairOrder(),
                delivered.number(),
                delivered.customer(),
                delivered.vehicle(),
                delivered.advisor(),
                delivered.advisorRating(),
                delivered.technicianRating(),
                delivered.at(),
                settings.terms(),
                hours(),
                preferences.preferredTime(),
                agent,
                notCalled,
                now);
        Optional<FollowUpCallId> id = calls.insertIfAbsent(call);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        if (notCalled != null) {
            timeline(call.customer().value(), now, "timeline.followUp.notCalled", id.get(), delivered.number(), "");
        }
        if (notCalled == NoCallReason.PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS) {
            events.publishEvent(new CallReplacedBySmsSurvey(
                    DealerScope.currentDealer(),
                    id.get(),
                    delivered.repairOrder(),
                    delivered.number(),
                    delivered.customer(),
                    delivered.advisor(),
                    delivered.at()));
        }
        return id;
    }

    /**
     * The preferred times of day the dealer's agents do not call in at all (evenings, at a dealer that closes at
     * six): calls of customers who prefer them fall due in the calling hours, and the lists say so.
     */
    @Transactional(readOnly = true)
    public Set<ContactTime> timesOutsideCallingHours() {
        CallHours hours = hours();
        Set<ContactTime> outside = EnumSet.noneOf(ContactTime.class);
        for (ContactTime time : ContactTime.values()) {
            if (hours.honouring(time).isEmpty()) {
                outside.add(time);
            }
        }
        return outside;
    }

    /** The dealer's active customer-relations agents, in id order: whom calls are given to in turn. */
    @Transactional(readOnly = true)
    public List<StaffId> agents() {
        return staff.activeIds(Role.CUSTOMER_RELATIONS);
    }

    @Transactional(readOnly = true)
    public FollowUpCall get(FollowUpCallId id) {
        return calls.find(id).orElseThrow(() -> new NotFound("followUpCall", id));
    }

    /** An agent's open calls, the one to make first on top (by the time each falls due). */
    @Transactional(readOnly = true)
    public List<FollowUpCall> queueOf(StaffId agent) {
        return calls.where(
                "t.status = 'OPEN' AND t.assigned_to = :agent",
                Map.of("agent", agent.value()),
                "t.next_call_at, t.id",
                MOST_SHOWN);
    }

    /** The dealer's call tasks matching the filter: open ones by due time, closed ones newest first. */
    @Transactional(readOnly = true)
    public List<FollowUpCall> search(CallFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("true");
        if (filter.status() != null) {
            conditions.add("t.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.agent() != null) {
            conditions.add("t.assigned_to = :agent");
            parameters.put("agent", filter.agent().value());
        } else if (filter.unassigned()) {
            conditions.add("t.assigned_to IS NULL");
        }
        if (filter.overdueOnly()) {
            conditions.add("t.status = 'OPEN' AND t.overdue_at < :now");
            parameters.put("now", java.sql.Timestamp.from(clock.instant()));
        }
        String order = filter.status() == CallStatus.OPEN || filter.overdueOnly()
                ? "t.next_call_at, t.id"
                : "(t.status = 'OPEN') DESC, t.next_call_at DESC, t.id DESC";
        return calls.where(String.join(" AND ", conditions), parameters, order, MOST_SHOWN);
    }

    /**
     * The follow-up problems among the deliveries within {@code [from, to)}: tasks closed without reaching the
     * customer (unreachable, wrong number, refused, not called, the SMS survey still waiting) and open ones past their
     * latest day; the earliest delivered first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<FollowUpCall> problemsWithin(Instant from, Instant to, int limit) {
        return calls.where(
                """
                t.delivered_at >= :from AND t.delivered_at < :to
                AND (t.status IN ('UNREACHABLE', 'WRONG_NUMBER', 'REFUSED', 'NOT_CALLED', 'SMS_SURVEY_PENDING')
                     OR t.status = 'OPEN' AND t.overdue_at < :now)""",
                Map.of(
                        "from", java.sql.Timestamp.from(from),
                        "to", java.sql.Timestamp.from(to),
                        "now", java.sql.Timestamp.from(clock.instant())),
                "t.delivered_at, t.id",
                limit);
    }

    /**
     * The deliveries within {@code [from, to)} the customer rated at or under {@code rating} (of 5), the advisor or the
     * technicians; the earliest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<FollowUpCall> ratedAtMostWithin(int rating, Instant from, Instant to, int limit) {
        return calls.where(
                "t.delivered_at >= :from AND t.delivered_at < :to"
                        + " AND (t.advisor_rating <= :rating OR t.technician_rating <= :rating)",
                Map.of(
                        "from", java.sql.Timestamp.from(from),
                        "to", java.sql.Timestamp.from(to),
                        "rating", rating),
                "t.delivered_at, t.id",
                limit);
    }

    /** The open call of a customer, if any, for the 360° page's open items. */
    @Transactional(readOnly = true)
    public List<FollowUpCall> openOf(long customerId) {
        return calls.where(
                "t.status = 'OPEN' AND t.customer_id = :customer", Map.of("customer", customerId), "t.next_call_at", 5);
    }

    /**
     * Each active agent's load, and the calls given to nobody (also those of agents who left): open, overdue,
     * closed and calls made today in the dealer's day.
     */
    @Transactional(readOnly = true)
    public List<AgentLoad> load() {
        Instant now = clock.instant();
        ZoneId zone = dealers.current().zone();
        Instant dayStart = now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT coalesce(assigned_to, 0) AS agent, count(*) AS open,
                               count(*) FILTER (WHERE overdue_at < :now) AS overdue
                        FROM followup.call_task WHERE dealer_id = :dealer AND status = 'OPEN'
                        GROUP BY coalesce(assigned_to, 0)""")
                .param("dealer", DealerScope.currentDealer())
                .param("now", java.sql.Timestamp.from(now))
                .query(rs -> {
                    int[] c = counts.computeIfAbsent(rs.getLong("agent"), k -> new int[4]);
                    c[0] = rs.getInt("open");
                    c[1] = rs.getInt("overdue");
                });
        jdbc.sql("""
                        SELECT closed_by AS agent, count(*) AS closed FROM followup.call_task
                        WHERE dealer_id = :dealer AND closed_at >= :dayStart AND closed_by IS NOT NULL
                        GROUP BY closed_by""")
                .param("dealer", DealerScope.currentDealer())
                .param("dayStart", java.sql.Timestamp.from(dayStart))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("agent"), k -> new int[4])[2] = rs.getInt("closed");
                });
        jdbc.sql("""
                        SELECT recorded_by AS agent, count(*) AS calls FROM followup.call_attempt
                        WHERE dealer_id = :dealer AND recorded_at >= :dayStart GROUP BY recorded_by""")
                .param("dealer", DealerScope.currentDealer())
                .param("dayStart", java.sql.Timestamp.from(dayStart))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("agent"), k -> new int[4])[3] = rs.getInt("calls");
                });
        List<StaffId> active = agents();
        Map<Long, Boolean> shown = new LinkedHashMap<>();
        active.forEach(agent -> shown.put(agent.value(), true));
        counts.keySet().stream()
                .filter(id -> id != 0 && !shown.containsKey(id))
                .sorted()
                .forEach(id -> shown.put(id, false));
        Map<Long, String> names = staff.displayNames(shown.keySet());
        List<AgentLoad> loads = new ArrayList<>();
        shown.forEach((id, isActive) -> {
            int[] c = counts.getOrDefault(id, new int[4]);
            loads.add(new AgentLoad(new StaffId(id), names.getOrDefault(id, "-"), isActive, c[0], c[1], c[2], c[3]));
        });
        int[] nobody = counts.getOrDefault(0L, new int[4]);
        loads.add(new AgentLoad(null, "", false, nobody[0], nobody[1], 0, 0));
        return loads;
    }

    /**
     * Records what came of a call, by the signed-in agent, on the version of the task they saw. A wrong number is
     * flagged on the customer's record (the number the call page shows); every outcome goes on the customer's
     * timeline, and is announced as {@link CallRecorded}. The note is the agent's summary of the call; the survey
     * module records a reached call's survey answers through this method, in its own transaction.
     */
    public FollowUpCall record(FollowUpCallId id, int version, CallOutcome outcome, String note) {
        TextLimits.check("note", note, TextLimits.NOTE);
        StaffId agent = actor();
        Instant now = clock.instant();
        FollowUpCall call = get(id);
        if (call.version() != version) {
            throw changedMeanwhile(call.changedBy(), call.changedAt());
        }
        call.record(outcome, note.strip(), agent, now, settings.terms(), hours());
        save(call, agent, now);
        if (outcome == CallOutcome.WRONG_NUMBER) {
            numberToCall(customers.get(call.customer().value()))
                    .ifPresent(
                            e164 -> customers.reportWrongNumber(call.customer().value(), e164));
        }
        String agentName = staff.displayNames(List.of(agent.value())).getOrDefault(agent.value(), "-");
        String key = outcome == CallOutcome.NOT_REACHED && call.status() == CallStatus.UNREACHABLE
                ? "timeline.followUp.UNREACHABLE"
                : "timeline.followUp." + outcome.name();
        timeline(call.customer().value(), now, key, id, call.repairOrderNumber(), agentName, cut(note.strip()));
        events.publishEvent(new CallRecorded(
                DealerScope.currentDealer(),
                id,
                call.attempts().size(),
                call.repairOrder(),
                call.customer(),
                outcome,
                call.status(),
                note.strip(),
                agent,
                now));
        return get(id);
    }

    /** Gives an open task to another of the dealer's active agents, or to nobody. */
    public FollowUpCall reassign(FollowUpCallId id, int version, @Nullable StaffId agent) {
        if (agent != null && !agents().contains(agent)) {
            throw new InvalidFollowUpInput("agent", "followUp.error.notAnAgent");
        }
        StaffId by = actor();
        Instant now = clock.instant();
        FollowUpCall call = get(id);
        if (call.version() != version) {
            throw changedMeanwhile(call.changedBy(), call.changedAt());
        }
        call.reassign(agent);
        save(call, by, now);
        return get(id);
    }

    /** The number an agent calls: the customer's first mobile, else its first other phone. */
    public static Optional<String> numberToCall(Customer customer) {
        MobileNumber mobile = customer.primaryMobile();
        if (mobile != null) {
            return Optional.of(mobile.e164());
        }
        return customer.profile().otherPhones().stream().findFirst().map(PhoneNumber::e164);
    }

    private void save(FollowUpCall call, StaffId by, Instant now) {
        try {
            calls.save(call, by, now);
        } catch (FollowUpCalls.StaleCall stale) {
            FollowUpCalls.LastChange last = calls.lastChange(java.util.Objects.requireNonNull(call.id()))
                    .orElseThrow(() -> stale);
            throw changedMeanwhile(last.by(), last.at());
        }
    }

    private void timeline(long customer, Instant at, String key, FollowUpCallId id, String... arguments) {
        events.publishEvent(new CustomerTimelineEvent(
                DealerScope.currentDealer(), customer, at, "FOLLOW_UP", key, "followUpCall:" + id, List.of(arguments)));
    }

    private CallHours hours() {
        Dealer dealer = dealers.current();
        return new CallHours(dealer.zone(), dealer.opensAt(), dealer.closesAt());
    }

    private CallChangedMeanwhile changedMeanwhile(@Nullable StaffId by, @Nullable Instant at) {
        ZoneId zone = dealers.current().zone();
        String name = by == null ? "-" : staff.displayNames(List.of(by.value())).getOrDefault(by.value(), "-");
        if (at == null) {
            return new CallChangedMeanwhile(name, "-");
        }
        ZonedDateTime when = at.atZone(zone);
        boolean today = when.toLocalDate().equals(clock.instant().atZone(zone).toLocalDate());
        return new CallChangedMeanwhile(
                name, when.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm")));
    }

    private static String cut(String note) {
        if (note.length() <= TIMELINE_NOTE) {
            return note;
        }
        int end = Character.isHighSurrogate(note.charAt(TIMELINE_NOTE - 1)) ? TIMELINE_NOTE - 1 : TIMELINE_NOTE;
        return note.substring(0, end) + "…";
    }

    private static StaffId actor() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new CallRefused("followUp.refused.signInRequired");
        }
        return new StaffId(user);
    }
}

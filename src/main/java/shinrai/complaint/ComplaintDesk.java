package shinrai.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Permission;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.dealer.StaffMember;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.survey.SurveyAnswered;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrderDelivered;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.RepairOrderSummary;

/**
 * Complaints, as the dealer's staff handle them. Every step names the version of the complaint its user saw, so two
 * people on one complaint cannot write over each other; every step that matters to the customer's story (opened,
 * escalated, resolved, closed, reopened) goes on the customer's timeline in the same transaction and is announced.
 */
@Service
@Transactional
public class ComplaintDesk {

    /** The longest list a page or the API shows at once. */
    public static final int MOST_SHOWN = 200;

    private final Complaints complaints;
    private final ComplaintSettings settings;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final RepairOrderHistory repairOrders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ComplaintDesk(
            Complaints complaints,
            ComplaintSettings settings,
            Staff staff,
            DealerDirectory dealers,
            CustomerBook customers,
            VehicleRegister vehicles,
            RepairOrderHistory repairOrders,
            ApplicationEventPublisher events,
            Clock clock) {
        this.complaints = complaints;
        this.settings = settings;
        this.staff = staff;
        this.dealers = dealers;
        this.customers = customers;
        this.vehicles = vehicles;
        this.repairOrders = repairOrders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What staff open a complaint with.
     *
     * @param owner who handles it; {@code null} leaves it to the manager to give it to someone
     */
    public record NewComplaint(
            ComplaintSource source,
            ComplaintCategory category,
            Severity severity,
            String customerWords,
            CustomerId customer,
            @Nullable VehicleId vehicle,
            @Nullable RepairOrderId repairOrder,
            @Nullable StaffId owner) {}

    /**
     * Opens a complaint taken by the signed-in staff member: the customer's words as said, the car and the visit it
     * is about if any (both the customer's), its deadlines from the dealer's terms.
     */
    public Complaint open(NewComplaint n) {
        StaffId by = actor();
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (n.customerWords().isBlank()) {
            invalid.add(new InvalidComplaintInput("customerWords", "complaint.error.wordsMissing"));
        }
        TextLimits.check(invalid, "customerWords", n.customerWords(), TextLimits.NOTE);
        invalid.throwIfAny();
        customers.get(n.customer().value());
        VehicleId vehicle = n.vehicle();
        if (n.repairOrder() != null) {
            RepairOrderSummary order = repairOrders.get(n.repairOrder());
            if (!order.customer().equals(n.customer())) {
                throw new InvalidComplaintInput("repairOrder", "complaint.error.otherCustomersOrder");
            }
            if (vehicle == null) {
                vehicle = order.vehicle();
            } else if (!vehicle.equals(order.vehicle())) {
                throw new InvalidComplaintInput("vehicle", "complaint.error.otherVehicle");
            }
        }
        if (vehicle != null) {
            Vehicle car = vehicles.get(vehicle.value());
            if (!Long.valueOf(n.customer().value()).equals(car.ownerId())) {
                throw new InvalidComplaintInput("vehicle", "complaint.error.otherCustomersVehicle");
            }
        }
        if (n.owner() != null) {
            refuseIfNotAHandler(n.owner());
        }
        Instant now = clock.instant();
        Complaint complaint = Complaint.open(
                new Complaint.Opening(
                        n.source(),
                        n.category(),
                        n.severity(),
                        n.customerWords().strip(),
                        n.customer(),
                        vehicle,
                        n.repairOrder(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        n.owner()),
                settings.terms(),
                by,
                now);
        ComplaintId id = complaints.insertIfAbsent(complaint).orElseThrow();
        opened(id, complaint, now);
        return get(id);
    }

    /**
     * Opens the complaint a dissatisfied survey answer calls for by the dealer's rule (any answer's satisfaction at
     * or under the threshold, or one of the chosen answers), in the scope of the survey's dealer: one per survey
     * response, however often the answers are announced. The customer's free-text answers are their words. Empty
     * when the rule finds nothing, or the response has its complaint already.
     */
    Optional<ComplaintId> openAfter(SurveyAnswered answered) {
        ComplaintTerms terms = settings.terms();
        List<SurveyAnswered.Answer> unhappy = answered.answers().stream()
                .filter(a -> (terms.satisfactionAtMost() != null
                                && a.satisfaction() != null
                                && a.satisfaction() <= terms.satisfactionAtMost())
                        || (a.choice() != null && terms.choices().contains(a.choice())))
                .toList();
        if (unhappy.isEmpty()) {
            return Optional.empty();
        }
        String words = answered.answers().stream()
                .map(SurveyAnswered.Answer::text)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n"));
        String detail = answered.questionnaire() + " · "
                + unhappy.stream()
                        .map(a -> a.question() + " "
                                + (a.satisfaction() != null
                                        ? a.satisfaction() + (a.scaleMax() == null ? "" : "/" + a.scaleMax())
                                        : Objects.toString(a.choice(), "")))
                        .collect(Collectors.joining(" · "));
        VehicleId vehicle = null;
        if (answered.repairOrder() != null) {
            vehicle = repairOrders.get(answered.repairOrder()).vehicle();
        }
        StaffId owner =
                answered.recordedBy() != null && mayHandle(answered.recordedBy()) ? answered.recordedBy() : null;
        Instant now = clock.instant();
        Complaint complaint = Complaint.open(
                new Complaint.Opening(
                        ComplaintSource.FOLLOW_UP,
                        ComplaintCategory.OTHER,
                        Severity.MEDIUM,
                        cut(words, TextLimits.NOTE),
                        answered.customer(),
                        vehicle,
                        answered.repairOrder(),
                        answered.response().value(),
                        cut(detail, 1000),
                        null,
                        null,
                        null,
                        owner),
                terms,
                null,
                now);
        Optional<ComplaintId> id = complaints.insertIfAbsent(complaint);
        id.ifPresent(saved -> opened(saved, complaint, now));
        return id;
    }

    /**
     * Opens the complaint a low delivery rating calls for by the dealer's rule: one per delivery, however often the
     * delivery is announced; about the technicians' work if they were rated low, else about the advisor. Nothing is
     * read from the database unless a rating is low (the dealer's terms are remembered).
     */
    Optional<ComplaintId> openAfter(RepairOrderDelivered delivered) {
        ComplaintTerms terms = settings.terms();
        boolean technicians = terms.lowRating(delivered.technicianRating());
        if (!technicians && !terms.lowRating(delivered.advisorRating())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Complaint complaint = Complaint.open(
                new Complaint.Opening(
                        ComplaintSource.FOLLOW_UP,
                        technicians ? ComplaintCategory.REPAIR_QUALITY : ComplaintCategory.STAFF_ATTITUDE,
                        Severity.MEDIUM,
                        "",
                        delivered.customer(),
                        delivered.vehicle(),
                        delivered.repairOrder(),
                        null,
                        null,
                        delivered.repairOrder(),
                        delivered.advisorRating(),
                        delivered.technicianRating(),
                        null),
                terms,
                null,
                now);
        Optional<ComplaintId> id = complaints.insertIfAbsent(complaint);
        id.ifPresent(saved -> opened(saved, complaint, now));
        return id;
    }

    /**
     * Opens the complaint the network's hotline raises to this dealer on one of its repair orders, in the dealer's
     * scope (see {@link NetworkHotline}): unassigned, for the dealer's manager to give it an owner; who at the network
     * raised it is noted on its history.
     */
    Complaint openFromNetwork(
            RepairOrderId order, ComplaintCategory category, Severity severity, String words, String raisedBy) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (words.isBlank()) {
            invalid.add(new InvalidComplaintInput("customerWords", "complaint.error.wordsMissing"));
        }
        TextLimits.check(invalid, "customerWords", words, TextLimits.NOTE);
        invalid.throwIfAny();
        RepairOrderSummary visit = repairOrders.get(order);
        Instant now = clock.instant();
        Complaint complaint = Complaint.open(
                new Complaint.Opening(
                        ComplaintSource.NETWORK_HOTLINE,
                        category,
                        severity,
                        words.strip(),
                        visit.customer(),
                        visit.vehicle(),
                        order,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                settings.terms(),
                null,
                now,
                raisedBy);
        ComplaintId id = complaints.insertIfAbsent(complaint).orElseThrow();
        opened(id, complaint, now);
        return get(id);
    }

    private void opened(ComplaintId id, Complaint complaint, Instant now) {
        events.publishEvent(new ComplaintOpened(
                DealerScope.currentDealer(),
                id,
                complaint.customer(),
                complaint.repairOrder(),
                complaint.source(),
                complaint.category(),
                complaint.severity(),
                complaint.owner(),
                complaint.openedBy(),
                now));
        timeline(complaint.customer(), now, "timeline.complaint.OPENED", id);
    }

    @Transactional(readOnly = true)
    public Complaint get(ComplaintId id) {
        return complaints.find(id).orElseThrow(() -> new NotFound("complaint", id));
    }

    /** The dealer's complaints matching the filter: unresolved ones by their resolution deadline, then the newest. */
    @Transactional(readOnly = true)
    public List<Complaint> search(ComplaintFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("true");
        switch (filter.view()) {
            case MINE -> {
                conditions.add("c.status <> 'CLOSED' AND c.owner_id = :me");
                parameters.put("me", actor().value());
            }
            case OPEN -> conditions.add("c.status <> 'CLOSED'");
            case OVERDUE -> {
                conditions.add("c.status IN ('OPEN', 'IN_PROGRESS') AND ((c.responded_at IS NULL AND c.respond_by < "
                        + ":now) OR c.resolve_by < :now)");
                parameters.put("now", Timestamp.from(clock.instant()));
            }
            case ESCALATED ->
                conditions.add("c.status IN ('OPEN', 'IN_PROGRESS') AND EXISTS (SELECT 1 FROM "
                        + "complaint.escalation e WHERE e.dealer_id = c.dealer_id AND e.complaint_id = c.id "
                        + "AND e.round = c.round)");
            case UNASSIGNED -> conditions.add("c.status <> 'CLOSED' AND c.owner_id IS NULL");
            case ALL -> {}
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.severity() != null) {
            conditions.add("c.severity = :severity");
            parameters.put("severity", filter.severity().name());
        }
        if (filter.category() != null) {
            conditions.add("c.category = :category");
            parameters.put("category", filter.category().name());
        }
        if (filter.source() != null) {
            conditions.add("c.source = :source");
            parameters.put("source", filter.source().name());
        }
        if (filter.owner() != null && filter.view() != ComplaintFilter.View.MINE) {
            conditions.add("c.owner_id = :owner");
            parameters.put("owner", filter.owner().value());
        }
        if (filter.customer() != null) {
            conditions.add("c.customer_id = :customer");
            parameters.put("customer", filter.customer().value());
        }
        return complaints.where(
                String.join(" AND ", conditions),
                parameters,
                "(c.status IN ('OPEN', 'IN_PROGRESS')) DESC, CASE WHEN c.status IN ('OPEN', 'IN_PROGRESS') THEN "
                        + "c.resolve_by END, c.opened_at DESC, c.id DESC",
                MOST_SHOWN);
    }

    /** The complaints opened within {@code [from, to)}, the earliest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Complaint> openedWithin(java.time.Instant from, java.time.Instant to, int limit) {
        return complaints.where(
                "c.opened_at >= :from AND c.opened_at < :to",
                Map.of("from", Timestamp.from(from), "to", Timestamp.from(to)),
                "c.opened_at, c.id",
                limit);
    }

    /** A customer's complaints not yet closed, for the top of the 360° page and the reception briefing. */
    @Transactional(readOnly = true)
    public List<Complaint> unclosedOf(long customerId) {
        return complaints.where(
                "c.status <> 'CLOSED' AND c.customer_id = :customer",
                Map.of("customer", customerId),
                "c.opened_at DESC",
                5);
    }

    /** The dealer's active staff who may handle complaints, in display order: whom a complaint may be given to. */
    @Transactional(readOnly = true)
    public List<StaffMember> handlers() {
        return staff.active(rolesWith(Permission.COMPLAINT_HANDLE));
    }

    /** Gives the complaint an owner: a manager gives it to any handler, a handler takes one nobody owns. */
    public Complaint assign(ComplaintId id, int version, StaffId owner) {
        StaffId by = actor();
        refuseIfNotAHandler(owner);
        boolean manager = mayManage(by);
        Instant now = clock.instant();
        Complaint assigned = step(id, version, c -> {
            if (!manager && (c.owner() != null || !owner.equals(by))) {
                throw new ComplaintRefused("complaint.refused.onlyTakeUnowned");
            }
            c.assign(owner, by, now);
        });
        events.publishEvent(new ComplaintAssigned(DealerScope.currentDealer(), id, owner, by, now));
        return assigned;
    }

    /** Category and severity as the owner judges them; a new severity moves the deadlines. */
    public Complaint classify(ComplaintId id, int version, ComplaintCategory category, Severity severity) {
        ComplaintTerms terms = settings.terms();
        return step(id, version, c -> c.classify(category, severity, terms));
    }

    /** Adds to the contact log: who spoke with the customer, when, how, what was said. */
    public Complaint logContact(
            ComplaintId id, int version, ContactChannel channel, String said, @Nullable Instant contactedAt) {
        String text = text("said", said, TextLimits.NOTE);
        StaffId by = actor();
        Instant now = clock.instant();
        return step(id, version, c -> c.logContact(channel, text, contactedAt == null ? now : contactedAt, by, now));
    }

    /** The first response to the customer, now, logged as a contact. */
    public Complaint respond(ComplaintId id, int version, ContactChannel channel, String said) {
        String text = text("said", said, TextLimits.NOTE);
        StaffId by = actor();
        return step(id, version, c -> c.respond(channel, text, by, clock.instant()));
    }

    /** Records what caused the complaint and what was done about it. */
    public Complaint resolve(ComplaintId id, int version, String rootCause, String correctiveAction) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (rootCause.isBlank()) {
            invalid.add(new InvalidComplaintInput("rootCause", "complaint.error.rootCauseMissing"));
        }
        TextLimits.check(invalid, "rootCause", rootCause, TextLimits.NOTE);
        if (correctiveAction.isBlank()) {
            invalid.add(new InvalidComplaintInput("correctiveAction", "complaint.error.correctiveActionMissing"));
        }
        TextLimits.check(invalid, "correctiveAction", correctiveAction, TextLimits.NOTE);
        invalid.throwIfAny();
        StaffId by = actor();
        Instant now = clock.instant();
        Complaint resolved = step(id, version, c -> c.resolve(rootCause.strip(), correctiveAction.strip(), by, now));
        events.publishEvent(
                new ComplaintResolved(DealerScope.currentDealer(), id, resolved.customer(), resolved.round(), by, now));
        timeline(resolved.customer(), now, "timeline.complaint.RESOLVED", id);
        return resolved;
    }

    /** Records the customer's confirmation that the complaint is settled: how, when, a note. */
    public Complaint confirmClosure(
            ComplaintId id, int version, ConfirmationMethod method, @Nullable Instant confirmedAt, String note) {
        TextLimits.check("note", note, TextLimits.NOTE);
        StaffId by = actor();
        Instant now = clock.instant();
        return step(
                id,
                version,
                c -> c.confirmClosure(method, confirmedAt == null ? now : confirmedAt, note.strip(), by, now));
    }

    /** Closes a resolved complaint the customer confirmed. */
    public Complaint close(ComplaintId id, int version) {
        StaffId by = actor();
        Instant now = clock.instant();
        Complaint closed = step(id, version, c -> c.close(by, now));
        events.publishEvent(new ComplaintClosed(
                DealerScope.currentDealer(),
                id,
                closed.customer(),
                closed.round(),
                Objects.requireNonNull(closed.confirmationMethod()),
                by,
                now));
        timeline(closed.customer(), now, "timeline.complaint.CLOSED", id);
        return closed;
    }

    /** Reopens a resolved or closed complaint, with the reason. */
    public Complaint reopen(ComplaintId id, int version, String reason) {
        String text = text("reason", reason, TextLimits.NOTE);
        StaffId by = actor();
        Instant now = clock.instant();
        ComplaintTerms terms = settings.terms();
        Complaint reopened = step(id, version, c -> c.reopen(text, by, now, terms));
        events.publishEvent(new ComplaintReopened(
                DealerScope.currentDealer(), id, reopened.customer(), reopened.round(), text, by, now));
        timeline(reopened.customer(), now, "timeline.complaint.REOPENED", id, cut(text, 200));
        return reopened;
    }

    /**
     * Gives goodwill: within the dealer's limit (all the complaint's goodwill counted together) at once, above it
     * waiting for a manager unless the giver manages complaints.
     */
    public Complaint giveGoodwill(ComplaintId id, int version, GoodwillKind kind, Money amount, String description) {
        TextLimits.check("description", description, TextLimits.NAME);
        if (amount.amount().stripTrailingZeros().scale() > 2) {
            throw new InvalidComplaintInput("amount", "complaint.error.amountCents");
        }
        StaffId by = actor();
        boolean manager = mayManage(by);
        java.math.BigDecimal limit = settings.terms().goodwillLimit();
        return step(
                id,
                version,
                c -> c.giveGoodwill(kind, amount, description.strip(), limit, by, manager, clock.instant()));
    }

    /** A manager approves or refuses goodwill above the limit. */
    public Complaint decideGoodwill(ComplaintId id, int version, int goodwill, boolean approve) {
        StaffId manager = actor();
        if (!mayManage(manager)) {
            throw new ComplaintRefused("complaint.refused.mayNotApproveGoodwill");
        }
        return step(id, version, c -> c.decideGoodwill(goodwill, approve, manager, clock.instant()));
    }

    /**
     * Escalates the complaint if a deadline passed and this level of this round was not escalated yet, in the scope
     * of the complaint's dealer: exactly once per level, however many sweeps run at once (the escalation's key
     * decides). Told: the dealer's active service managers and the complaint's owner (level 1), its general managers
     * or, while it has none, its dealer admins (level 2). Answers the escalation made, if this call made one.
     */
    Optional<Escalation> escalateIfDue(ComplaintId id) {
        Complaint complaint = get(id);
        Optional<Escalation> due = complaint.escalationDue(clock.instant());
        if (due.isEmpty() || !complaints.recordEscalation(id, due.get())) {
            return Optional.empty();
        }
        Escalation made = due.get();
        List<StaffId> to = made.level() == 1 ? staff.activeIds(Role.SERVICE_MANAGER) : generalManagement();
        events.publishEvent(new ComplaintEscalated(
                DealerScope.currentDealer(),
                id,
                complaint.customer(),
                made.round(),
                made.level(),
                made.missed(),
                to,
                complaint.owner(),
                made.at()));
        timeline(
                complaint.customer(),
                made.at(),
                made.level() == 1 ? "timeline.complaint.ESCALATED1" : "timeline.complaint.ESCALATED2",
                id);
        return due;
    }

    /** The dealer's general managers; its dealer admins while it has none. */
    private List<StaffId> generalManagement() {
        List<StaffId> managers = staff.activeIds(Role.GENERAL_MANAGER);
        return managers.isEmpty() ? staff.activeIds(Role.DEALER_ADMIN) : managers;
    }

    private Complaint step(ComplaintId id, int version, Consumer<Complaint> step) {
        Complaint complaint = get(id);
        if (complaint.version() != version) {
            throw changedMeanwhile(complaint.changedBy(), complaint.changedAt());
        }
        step.accept(complaint);
        try {
            complaints.save(complaint, actor(), clock.instant());
        } catch (Complaints.StaleComplaint stale) {
            Complaints.LastChange last = complaints.lastChange(id).orElseThrow(() -> stale);
            throw changedMeanwhile(last.by(), last.at());
        }
        return get(id);
    }

    private void timeline(CustomerId customer, Instant at, String key, ComplaintId id, String... arguments) {
        List<String> args = new ArrayList<>();
        args.add(id.toString());
        args.addAll(Arrays.asList(arguments));
        events.publishEvent(new CustomerTimelineEvent(
                DealerScope.currentDealer(), customer.value(), at, "COMPLAINT", key, "complaint:" + id, args));
    }

    private void refuseIfNotAHandler(StaffId member) {
        if (!mayHandle(member)) {
            throw new InvalidComplaintInput("owner", "complaint.error.notAHandler");
        }
    }

    private boolean mayHandle(StaffId member) {
        StaffMember found;
        try {
            found = staff.get(member.value());
        } catch (NotFound notFound) {
            return false;
        }
        return found.enabled()
                && found.roles().stream().anyMatch(role -> role.permissions().contains(Permission.COMPLAINT_HANDLE));
    }

    private boolean mayManage(StaffId member) {
        return staff.get(member.value()).roles().stream()
                .anyMatch(role -> role.permissions().contains(Permission.COMPLAINT_MANAGE));
    }

    private static Role[] rolesWith(Permission permission) {
        return Arrays.stream(Role.values())
                .filter(role -> role.permissions().contains(permission))
                .toArray(Role[]::new);
    }

    private static String text(String field, String text, int limit) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (text.isBlank()) {
            invalid.add(new InvalidComplaintInput(field, "complaint.error.textMissing"));
        }
        TextLimits.check(invalid, field, text, limit);
        invalid.throwIfAny();
        return text.strip();
    }

    private ComplaintChangedMeanwhile changedMeanwhile(@Nullable StaffId by, @Nullable Instant at) {
        ZoneId zone = dealers.current().zone();
        String name = by == null ? "-" : staff.displayNames(List.of(by.value())).getOrDefault(by.value(), "-");
        if (at == null) {
            return new ComplaintChangedMeanwhile(name, "-");
        }
        ZonedDateTime when = at.atZone(zone);
        boolean today = when.toLocalDate().equals(clock.instant().atZone(zone).toLocalDate());
        return new ComplaintChangedMeanwhile(
                name, when.format(DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm")));
    }

    private static String cut(String text, int limit) {
        if (text.length() <= limit) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(limit - 2)) ? limit - 2 : limit - 1;
        return text.substring(0, end) + "…";
    }

    static StaffId actor() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new ComplaintRefused("complaint.refused.signInRequired");
        }
        return new StaffId(user);
    }
}

package shinrai.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.vehicle.Vehicle;

/** The dealer's customer book: registering and keeping customers, and what each has consented to. */
@Service
@Transactional
public class CustomerBook {

    private final Customers customers;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Staff staff;
    private final CustomerTimeline timeline;

    CustomerBook(
            Customers customers,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock,
            Staff staff,
            CustomerTimeline timeline) {
        this.customers = customers;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.staff = staff;
        this.timeline = timeline;
    }

    /**
     * Registers a customer. Someone already reachable on one of the mobiles is probably the same person: that is
     * refused as a {@link PossibleDuplicate} unless staff confirm it is someone else.
     */
    public Customer register(CustomerProfile profile, boolean confirmedNotADuplicate) {
        check(profile);
        long dealerId = DealerScope.currentDealer();
        if (!confirmedNotADuplicate) {
            List<Long> existing = customers.withAnyMobile(profile.mobiles(), -1);
            if (!existing.isEmpty()) {
                throw new PossibleDuplicate(existing);
            }
        }
        long id = customers.insert(dealerId, profile);
        events.publishEvent(new CustomerRegistered(dealerId, id, profile.name(), clock.instant()));
        return get(id);
    }

    /**
     * Registers a customer from an import: matching against customers on file happened before, and the import
     * writes the timeline itself rather than raising one event per row.
     */
    public long registerImported(CustomerProfile profile, String fileName) {
        check(profile);
        long id = customers.insert(DealerScope.currentDealer(), profile);
        timeline.append(
                DealerScope.currentDealer(), id, clock.instant(), "CUSTOMER", "timeline.imported", "", fileName);
        return id;
    }

    /**
     * Registers the new customers of an import batch, checked one by one as {@link #registerImported} checks them,
     * in a constant number of statements whatever their number, and returns their ids in the order given.
     */
    public List<Long> registerImportedAll(List<CustomerProfile> profiles, String fileName) {
        profiles.forEach(CustomerBook::check);
        long dealerId = DealerScope.currentDealer();
        List<Long> ids = customers.insertAll(dealerId, profiles);
        timeline.appendAll(
                dealerId,
                clock.instant(),
                "CUSTOMER",
                "timeline.imported",
                ids,
                ids.stream().map(id -> List.of(fileName)).toList());
        return ids;
    }

    /** The import added a vehicle to a customer: say so on the customer's timeline. */
    public void noteImportedVehicle(long customerId, String description, String vin) {
        timeline.append(
                DealerScope.currentDealer(),
                customerId,
                clock.instant(),
                "VEHICLE",
                "timeline.vehicleRegistered",
                "",
                description,
                vin);
    }

    /** {@link #noteImportedVehicle} for each of these vehicles, in one statement: the timeline of an import batch. */
    public void noteImportedVehicles(List<Vehicle> vehicles) {
        timeline.appendAll(
                DealerScope.currentDealer(),
                clock.instant(),
                "VEHICLE",
                "timeline.vehicleRegistered",
                vehicles.stream().map(Vehicle::ownerId).toList(),
                vehicles.stream()
                        .map(vehicle ->
                                List.of(vehicle.description(), vehicle.vin().value()))
                        .toList());
    }

    /**
     * Brings the planner's statistics of customers and their phones up to date, after an import has added many: it
     * otherwise plans the next lookups and checks as if the dealer still had the few customers it had before.
     */
    public void refreshStatistics() {
        for (String table : List.of("customer.customer", "customer.phone")) {
            jdbc.sql("SELECT public.refresh_statistics(CAST(:table AS regclass))")
                    .param("table", table)
                    .query()
                    .singleValue();
        }
    }

    /** Customers on file reachable on these mobiles, by E.164 number, merged records left out. */
    @Transactional(readOnly = true)
    public java.util.Map<String, Long> idsByMobile(java.util.Collection<MobileNumber> mobiles) {
        if (mobiles.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT p.e164, p.customer_id FROM customer.phone p
                        JOIN customer.customer c ON c.dealer_id = p.dealer_id AND c.id = p.customer_id
                        WHERE p.dealer_id = :dealer AND p.e164 IN (:numbers) AND c.merged_into IS NULL""")
                .param("dealer", DealerScope.currentDealer())
                .param(
                        "numbers",
                        mobiles.stream().map(MobileNumber::e164).distinct().toList())
                .query((rs, row) -> found.putIfAbsent(rs.getString(1), rs.getLong(2)))
                .list();
        return found;
    }

    /** A company on file with exactly this name, for imported rows that carry no phone number. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> companyNamed(String name) {
        return jdbc.sql("""
                        SELECT id FROM customer.customer
                        WHERE dealer_id = :dealer AND kind = 'COMPANY' AND name = :name AND merged_into IS NULL
                        ORDER BY id LIMIT 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("name", name)
                .query(Long.class)
                .optional();
    }

    /** {@link #companyNamed} for many names in one query: each name that is on file, with the first such company. */
    @Transactional(readOnly = true)
    public Map<String, Long> companiesNamed(java.util.Collection<String> names) {
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> found = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (name) name, id FROM customer.customer
                        WHERE dealer_id = :dealer AND kind = 'COMPANY' AND name IN (:names) AND merged_into IS NULL
                        ORDER BY name, id""")
                .param("dealer", DealerScope.currentDealer())
                .param("names", names.stream().distinct().toList())
                .query((rs, row) -> found.put(rs.getString("name"), rs.getLong("id")))
                .list();
        return found;
    }

    public Customer update(long id, CustomerProfile profile) {
        check(profile);
        customers.update(get(id), profile);
        return get(id);
    }

    @Transactional(readOnly = true)
    public Customer get(long id) {
        return customers.find(id).orElseThrow(() -> new NotFound("customer", id));
    }

    /** Customers by id, in the order asked, in two queries. */
    @Transactional(readOnly = true)
    public List<Customer> getAll(List<Long> ids) {
        return customers.findAll(ids);
    }

    /** Records a consent given or withdrawn; earlier answers stay on record. */
    public void recordConsent(
            long customerId, ConsentChannel channel, boolean granted, ConsentMethod method, String note) {
        get(customerId);
        DealerScope scope = DealerScope.current();
        jdbc.sql("""
                        INSERT INTO customer.consent_event
                            (dealer_id, customer_id, channel, granted, occurred_at, method, recorded_by, note)
                        VALUES (:dealer, :customer, :channel, :granted, :at, :method, :by, :note)""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .param("channel", channel.name())
                .param("granted", granted)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("method", method.name())
                .param("by", scope.userId(), java.sql.Types.BIGINT)
                .param("note", note == null ? "" : note)
                .update();
    }

    /**
     * Flags one of the customer's numbers as wrong: a follow-up call reached someone else, or nobody has that number.
     * Recorded with who said so and when; the 360° page shows it beside the number, so whoever next speaks to the
     * customer asks for the right one. Changing the number drops the flag with it. A number the customer does not
     * have is refused.
     */
    public void reportWrongNumber(long customerId, String e164) {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new IllegalStateException("a wrong number is reported by a signed-in staff member");
        }
        get(customerId);
        int flagged = jdbc.sql("""
                        UPDATE customer.phone SET wrong_reported_at = :at, wrong_reported_by = :by
                        WHERE dealer_id = :dealer AND customer_id = :customer AND e164 = :e164""")
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", user)
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .param("e164", e164)
                .update();
        if (flagged == 0) {
            throw new NotFound("phone", e164);
        }
    }

    /**
     * The customer confirmed that a number flagged as wrong is theirs after all (a relative answered, the phone was
     * off): the flag goes; the audit log keeps who cleared it and when. A number the customer does not have is
     * refused.
     */
    public void confirmNumber(long customerId, String e164) {
        get(customerId);
        int cleared = jdbc.sql("""
                        UPDATE customer.phone SET wrong_reported_at = NULL, wrong_reported_by = NULL
                        WHERE dealer_id = :dealer AND customer_id = :customer AND e164 = :e164""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .param("e164", e164)
                .update();
        if (cleared == 0) {
            throw new NotFound("phone", e164);
        }
    }

    /** The customer's numbers (E.164) flagged as wrong, with when they were reported. */
    @Transactional(readOnly = true)
    public Map<String, Instant> wrongNumbers(long customerId) {
        Map<String, Instant> wrong = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        SELECT e164, wrong_reported_at FROM customer.phone
                        WHERE dealer_id = :dealer AND customer_id = :customer AND wrong_reported_at IS NOT NULL
                        ORDER BY position, e164""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .query(rs -> {
                    wrong.put(
                            rs.getString("e164"),
                            rs.getTimestamp("wrong_reported_at").toInstant());
                });
        return wrong;
    }

    /** The current answer per channel; a channel never asked about is absent (no consent). */
    @Transactional(readOnly = true)
    public Map<ConsentChannel, Consent> currentConsents(long customerId) {
        return Consent.currentOf(consentHistory(customerId));
    }

    /**
     * Whether each channel the customer was asked about is granted now, in one statement and without who recorded
     * it: what sending a message needs. A channel never asked about is absent; an unknown customer has no answers.
     */
    @Transactional(readOnly = true)
    public Map<ConsentChannel, Boolean> standingAnswers(long customerId) {
        Map<ConsentChannel, Boolean> answers = new java.util.EnumMap<>(ConsentChannel.class);
        jdbc.sql("""
                        SELECT DISTINCT ON (channel) channel, granted FROM customer.consent_event
                        WHERE dealer_id = :dealer AND customer_id = :customer
                        ORDER BY channel, occurred_at DESC, id DESC""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .query(rs -> {
                    answers.put(ConsentChannel.valueOf(rs.getString("channel")), rs.getBoolean("granted"));
                });
        return answers;
    }

    /**
     * {@link #standingAnswers} and the customer's preferred contact time together, in one statement: what opening a
     * follow-up call needs, inside every delivery's transaction. An unknown customer has no answers and any time.
     */
    @Transactional(readOnly = true)
    public ContactPreferences contactPreferences(long customerId) {
        Map<ConsentChannel, Boolean> answers = new java.util.EnumMap<>(ConsentChannel.class);
        ContactTime[] preferred = {ContactTime.ANY};
        jdbc.sql("""
                        SELECT c.preferred_contact_time, a.channel, a.granted FROM customer.customer c
                        LEFT JOIN LATERAL (
                            SELECT DISTINCT ON (channel) channel, granted FROM customer.consent_event
                            WHERE dealer_id = c.dealer_id AND customer_id = c.id
                            ORDER BY channel, occurred_at DESC, id DESC) a ON true
                        WHERE c.dealer_id = :dealer AND c.id = :customer""")
                .param("dealer", DealerScope.currentDealer())
                .param("customer", customerId)
                .query(rs -> {
                    preferred[0] = ContactTime.ofStored(rs.getString("preferred_contact_time"));
                    String channel = rs.getString("channel");
                    if (channel != null) {
                        answers.put(ConsentChannel.valueOf(channel), rs.getBoolean("granted"));
                    }
                });
        return new ContactPreferences(answers, preferred[0]);
    }

    /** May the dealer send marketing on this channel? Only with a standing consent. */
    @Transactional(readOnly = true)
    public boolean mayMarketTo(long customerId, ConsentChannel channel) {
        Consent consent = currentConsents(customerId).get(channel);
        return consent != null && consent.granted();
    }

    /**
     * Every consent event, newest first, with the name of whoever recorded it. A customer who is not on file (or is
     * another dealer's) is not found, rather than answered with an empty history.
     */
    @Transactional(readOnly = true)
    public List<Consent> consentHistory(long customerId) {
        record Row(ConsentChannel channel, boolean granted, Instant at, ConsentMethod method, Long by, String note) {}
        List<Row> rows = jdbc.sql("""
                        SELECT channel, granted, occurred_at, method, recorded_by, note FROM customer.consent_event
                        WHERE customer_id = :customer ORDER BY occurred_at DESC, id DESC""")
                .param("customer", customerId)
                .query((rs, row) -> new Row(
                        ConsentChannel.valueOf(rs.getString("channel")),
                        rs.getBoolean("granted"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        ConsentMethod.valueOf(rs.getString("method")),
                        rs.getObject("recorded_by", Long.class),
                        rs.getString("note")))
                .list();
        if (rows.isEmpty()) {
            // only now: the customer's own row is read only when its consents say nothing
            get(customerId);
        }
        Map<Long, String> names = staff.displayNames(rows.stream()
                .map(Row::by)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(r -> new Consent(
                        r.channel(),
                        r.granted(),
                        r.at(),
                        r.method(),
                        r.by() == null ? null : names.get(r.by()),
                        r.note()))
                .toList();
    }

    /** What an e-mail address looks like: the mail server decides the rest. Contacts' addresses follow it too. */
    static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * The rules every profile keeps, whoever enters it, all reported at once. The import applies them to each line
     * before its set-based batch, so a bad line is refused on its own instead of sending the batch down the
     * line-by-line path. Lengths are checked before anything reaches the database.
     */
    public static void check(CustomerProfile profile) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (profile.name().isEmpty()) {
            invalid.add(new CustomerChangeRefused("name", "customer.error.nameRequired"));
        }
        TextLimits.check(invalid, "name", profile.name(), TextLimits.NAME);
        if (profile.surname().length() > TextLimits.TOKEN) {
            // usually guessed from the name's last word; a word that long is no surname, so ask for the real one
            invalid.add(new CustomerChangeRefused("surname", "customer.error.surnameTooLong", TextLimits.TOKEN));
        }
        TextLimits.check(invalid, "surname", profile.surname(), Integer.MAX_VALUE);
        TextLimits.check(invalid, "email", profile.email(), TextLimits.LINE);
        TextLimits.check(invalid, "wechatId", profile.wechatId(), TextLimits.LABEL);
        TextLimits.check(invalid, "address", profile.address(), TextLimits.ADDRESS);
        TextLimits.check(invalid, "notes", profile.notes(), TextLimits.NOTE);
        profile.tags().forEach(tag -> TextLimits.check(invalid, "tags", tag, TextLimits.TOKEN));
        if (profile.kind() == CustomerKind.PERSON
                && profile.mobiles().isEmpty()
                && profile.otherPhones().isEmpty()) {
            invalid.add(new CustomerChangeRefused("mobile", "customer.error.phoneRequired"));
        }
        if (!profile.email().isEmpty() && !EMAIL.matcher(profile.email()).matches()) {
            invalid.add(new CustomerChangeRefused("email", "customer.error.email"));
        }
        // a day no place on earth has reached yet, so the dealer's time zone does not matter
        if (profile.birthday() != null && profile.birthday().isAfter(LocalDate.now(ZoneOffset.MAX))) {
            invalid.add(new CustomerChangeRefused("birthday", "customer.error.birthdayInFuture"));
        }
        invalid.throwIfAny();
    }
}

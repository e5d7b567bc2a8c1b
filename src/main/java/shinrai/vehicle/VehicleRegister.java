package shinrai.vehicle;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * The dealer's register of vehicles: registering a car for a customer, describing it, reading its odometer,
 * passing it to a new owner, and finding it by VIN or plate.
 */
@Service
@Transactional
public class VehicleRegister {

    private final Vehicles vehicles;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VehicleRegister(Vehicles vehicles, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.vehicles = vehicles;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a car for a customer; one VIN is registered once per dealer. */
    public Vehicle register(long ownerId, VehicleDetails details) {
        long dealerId = DealerScope.currentDealer();
        findByVin(details.vin()).ifPresent(existing -> {
            throw new VehicleChangeRefused(
                    409, "vin", "vehicle.error.vinRegistered", details.vin().value());
        });
        Vehicle vehicle;
        try {
            vehicle = vehicles.save(Vehicle.register(dealerId, ownerId, details));
            openOwnership(vehicle.id(), ownerId, "REGISTERED");
        } catch (DataIntegrityViolationException noSuchOwner) {
            throw new NotFound("customer", ownerId);
        }
        events.publishEvent(new VehicleRegistered(
                dealerId, vehicle.id(), ownerId, vehicle.vin().value(), vehicle.description(), clock.instant()));
        return vehicle;
    }

    /**
     * Registers a vehicle from an import: the VIN was checked against the register before, and no event is
     * raised per row (the import records the customer's timeline itself).
     */
    public Vehicle registerImported(
            long ownerId, VehicleDetails details, @org.jspecify.annotations.Nullable Integer kilometres) {
        Vehicle vehicle = vehicles.save(Vehicle.register(DealerScope.currentDealer(), ownerId, details));
        openOwnership(vehicle.id(), ownerId, "REGISTERED");
        if (kilometres != null) {
            // A vehicle registered a moment ago has no earlier reading to compare with.
            insertReading(
                    vehicle.id(),
                    new OdometerReading(kilometres, clock.instant(), false, OdometerReading.Source.IMPORT));
        }
        return vehicle;
    }

    /**
     * {@link #registerImported} for a batch of vehicles, in a constant number of statements whatever their number:
     * the VINs were checked against the register before and are distinct. Returns the vehicles, with their ids, in
     * the order given: the rows are selected in the order of their ordinality, so they are inserted, numbered and
     * returned in it.
     */
    public List<Vehicle> registerImportedAll(List<ImportedVehicle> imported) {
        if (imported.isEmpty()) {
            return List.of();
        }
        long dealerId = DealerScope.currentDealer();
        List<Vehicle> registered = imported.stream()
                .map(car -> Vehicle.register(dealerId, car.ownerId(), car.details()))
                .toList();
        List<Long> ids = jdbc.sql("""
                        INSERT INTO vehicle.vehicle (dealer_id, vin, plate, owner_id, brand, series, model_name,
                            model_year, colour, engine_number, purchase_date, warranty_start, insurance_company,
                            insurance_expiry, version)
                        SELECT :dealer, vin, plate, owner_id, brand, series, model_name, model_year, colour,
                            engine_number, purchase_date, warranty_start, insurance_company, insurance_expiry, 0
                        FROM unnest(CAST(:vins AS text[]), CAST(:plates AS text[]), CAST(:owners AS bigint[]),
                            CAST(:brands AS text[]), CAST(:series AS text[]), CAST(:models AS text[]),
                            CAST(:years AS int[]), CAST(:colours AS text[]), CAST(:engines AS text[]),
                            CAST(:purchased AS date[]), CAST(:warranties AS date[]), CAST(:insurers AS text[]),
                            CAST(:insuredUntil AS date[]))
                            WITH ORDINALITY AS v(vin, plate, owner_id, brand, series, model_name, model_year, colour,
                                engine_number, purchase_date, warranty_start, insurance_company, insurance_expiry, n)
                        ORDER BY n
                        RETURNING id""")
                .param("dealer", dealerId)
                .param("vins", column(registered, vehicle -> vehicle.vin().value()), Types.ARRAY)
                .param(
                        "plates",
                        column(
                                registered,
                                vehicle -> vehicle.plate() == null
                                        ? null
                                        : vehicle.plate().value()),
                        Types.ARRAY)
                .param("owners", registered.stream().map(Vehicle::ownerId).toArray(Long[]::new), Types.ARRAY)
                .param("brands", column(registered, Vehicle::brand), Types.ARRAY)
                .param("series", column(registered, Vehicle::series), Types.ARRAY)
                .param("models", column(registered, Vehicle::modelName), Types.ARRAY)
                .param("years", registered.stream().map(Vehicle::modelYear).toArray(Integer[]::new), Types.ARRAY)
                .param("colours", column(registered, Vehicle::colour), Types.ARRAY)
                .param("engines", column(registered, Vehicle::engineNumber), Types.ARRAY)
                .param("purchased", column(registered, vehicle -> text(vehicle.purchaseDate())), Types.ARRAY)
                .param("warranties", column(registered, vehicle -> text(vehicle.warrantyStart())), Types.ARRAY)
                .param("insurers", column(registered, Vehicle::insuranceCompany), Types.ARRAY)
                .param("insuredUntil", column(registered, vehicle -> text(vehicle.insuranceExpiry())), Types.ARRAY)
                .query(Long.class)
                .list();
        for (int i = 0; i < registered.size(); i++) {
            registered.get(i).stored(ids.get(i));
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        INSERT INTO vehicle.ownership (dealer_id, vehicle_id, customer_id, since, reason)
                        SELECT :dealer, vehicle_id, customer_id, :since, 'REGISTERED'
                        FROM unnest(CAST(:vehicles AS bigint[]), CAST(:owners AS bigint[]))
                            WITH ORDINALITY AS o(vehicle_id, customer_id, n)
                        ORDER BY n""")
                .param("dealer", dealerId)
                .param("vehicles", ids.toArray(Long[]::new), Types.ARRAY)
                .param("owners", registered.stream().map(Vehicle::ownerId).toArray(Long[]::new), Types.ARRAY)
                .param("since", now)
                .update();
        // As one by one: a vehicle registered a moment ago has no earlier reading to compare with.
        jdbc.sql("""
                        INSERT INTO vehicle.odometer_reading
                            (dealer_id, vehicle_id, kilometres, read_at, meter_replaced, source, recorded_by)
                        SELECT :dealer, vehicle_id, kilometres, :readAt, false, :source, :by
                        FROM unnest(CAST(:vehicles AS bigint[]), CAST(:kilometres AS int[]))
                            WITH ORDINALITY AS r(vehicle_id, kilometres, n)
                        WHERE kilometres IS NOT NULL
                        ORDER BY n""")
                .param("dealer", dealerId)
                .param("vehicles", ids.toArray(Long[]::new), Types.ARRAY)
                .param(
                        "kilometres",
                        imported.stream().map(ImportedVehicle::kilometres).toArray(Integer[]::new),
                        Types.ARRAY)
                .param("readAt", now)
                .param("source", OdometerReading.Source.IMPORT.name())
                .param("by", DealerScope.current().userId(), Types.BIGINT)
                .update();
        return registered;
    }

    /**
     * Brings the planner's statistics of vehicles up to date, after an import has added many: it otherwise plans the
     * next lookups and checks as if the dealer still had the few vehicles it had before.
     */
    public void refreshStatistics() {
        jdbc.sql("SELECT public.refresh_statistics(CAST('vehicle.vehicle' AS regclass))")
                .query()
                .singleValue();
    }

    /** Which of these VINs the dealer has registered already, in one query. */
    @Transactional(readOnly = true)
    public java.util.Set<String> registeredVins(Collection<String> vins) {
        if (vins.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                jdbc.sql("SELECT vin FROM vehicle.vehicle WHERE dealer_id = :dealer AND vin IN (:vins)")
                        .param("dealer", DealerScope.currentDealer())
                        .param("vins", vins)
                        .query(String.class)
                        .list());
    }

    public Vehicle describe(long vehicleId, VehicleDetails details) {
        Vehicle vehicle = get(vehicleId);
        vehicle.describe(details);
        return vehicles.save(vehicle);
    }

    @Transactional(readOnly = true)
    public Vehicle get(long vehicleId) {
        return vehicles.findById(vehicleId).orElseThrow(() -> new NotFound("vehicle", vehicleId));
    }

    @Transactional(readOnly = true)
    public Optional<Vehicle> findByVin(Vin vin) {
        return vehicles.findByVin(vin.value());
    }

    /** Vehicles by id, in one query; ids of other dealers' vehicles are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Vehicle> getAll(Collection<Long> vehicleIds) {
        java.util.Map<Long, Vehicle> found = new java.util.HashMap<>();
        if (!vehicleIds.isEmpty()) {
            vehicles.findAllById(vehicleIds).forEach(vehicle -> found.put(vehicle.id(), vehicle));
        }
        return found;
    }

    /** The vehicles these customers own now, in one query. */
    @Transactional(readOnly = true)
    public List<Vehicle> ownedBy(Collection<Long> customerIds) {
        return customerIds.isEmpty() ? List.of() : vehicles.findByOwners(customerIds);
    }

    /**
     * Records a reading. Lower than the last one is refused unless the meter was replaced: a reading that goes
     * backwards is almost always a typing error, and maintenance reminders depend on it.
     */
    public void recordOdometer(long vehicleId, OdometerReading reading) {
        // One reading at a time per vehicle, so two advisors cannot both pass the check below; the lock is also
        // the check that the vehicle exists in this dealer.
        jdbc.sql("SELECT id FROM vehicle.vehicle WHERE id = :id FOR UPDATE")
                .param("id", vehicleId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFound("vehicle", vehicleId));
        lastReading(vehicleId).ifPresent(last -> {
            if (reading.kilometres() < last.kilometres() && !reading.meterReplaced()) {
                throw new VehicleChangeRefused(
                        "kilometres", "vehicle.error.odometerBackwards", reading.kilometres(), last.kilometres());
            }
        });
        insertReading(vehicleId, reading);
    }

    private void insertReading(long vehicleId, OdometerReading reading) {
        DealerScope scope = DealerScope.current();
        jdbc.sql("""
                        INSERT INTO vehicle.odometer_reading
                            (dealer_id, vehicle_id, kilometres, read_at, meter_replaced, source, recorded_by)
                        VALUES (:dealer, :vehicle, :km, :readAt, :replaced, :source, :by)""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicleId)
                .param("km", reading.kilometres())
                .param("readAt", Timestamp.from(reading.readAt()))
                .param("replaced", reading.meterReplaced())
                .param("source", reading.source().name())
                .param("by", scope.userId(), java.sql.Types.BIGINT)
                .update();
    }

    @Transactional(readOnly = true)
    public Optional<OdometerReading> lastReading(long vehicleId) {
        return odometerHistory(vehicleId, 1).stream().findFirst();
    }

    /** The newest reading of each of these vehicles, in one query whatever their number. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OdometerReading> lastReadings(Collection<Long> vehicleIds) {
        if (vehicleIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, OdometerReading> newest = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (vehicle_id) vehicle_id, kilometres, read_at, meter_replaced, source
                        FROM vehicle.odometer_reading WHERE vehicle_id IN (:vehicles)
                        ORDER BY vehicle_id, read_at DESC, id DESC""").param("vehicles", vehicleIds).query((org.springframework.jdbc.core.RowCallbackHandler)
                rs -> newest.put(
                        rs.getLong("vehicle_id"),
                        new OdometerReading(
                                rs.getInt("kilometres"),
                                rs.getTimestamp("read_at").toInstant(),
                                rs.getBoolean("meter_replaced"),
                                OdometerReading.Source.valueOf(rs.getString("source")))));
        return newest;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<OdometerReading> odometerHistory(long vehicleId, int limit) {
        return odometerHistory(vehicleId, null, limit);
    }

    /** Later than any reading, so "before it" means all of them. */
    private static final Instant NO_LATER_THAN_EVER = Instant.parse("9999-12-31T00:00:00Z");

    /** The readings taken before {@code before} (all, when {@code null}), newest first: one page of the history. */
    @Transactional(readOnly = true)
    public List<OdometerReading> odometerHistory(
            long vehicleId, @org.jspecify.annotations.Nullable Instant before, int limit) {
        return jdbc.sql("""
                        SELECT kilometres, read_at, meter_replaced, source FROM vehicle.odometer_reading
                        WHERE vehicle_id = :vehicle AND read_at < :before
                        ORDER BY read_at DESC, id DESC LIMIT :limit""")
                .param("vehicle", vehicleId)
                .param(
                        "before",
                        java.sql.Timestamp.from(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before))
                .param("limit", limit)
                .query((rs, row) -> new OdometerReading(
                        rs.getInt("kilometres"),
                        rs.getTimestamp("read_at").toInstant(),
                        rs.getBoolean("meter_replaced"),
                        OdometerReading.Source.valueOf(rs.getString("source"))))
                .list();
    }

    /** Passes the vehicle to another customer: the old ownership closes, a new one opens, history stays. */
    public void transfer(long vehicleId, long newOwnerId, String reason) {
        Vehicle vehicle = get(vehicleId);
        Long previous = vehicle.ownerId();
        if (previous != null && previous == newOwnerId) {
            return;
        }
        vehicle.changeOwner(newOwnerId);
        try {
            vehicles.save(vehicle);
            closeOwnership(vehicleId);
            openOwnership(vehicleId, newOwnerId, reason);
        } catch (DataIntegrityViolationException noSuchOwner) {
            throw new NotFound("customer", newOwnerId);
        }
        events.publishEvent(new VehicleOwnerChanged(
                vehicle.dealerId(),
                vehicleId,
                previous == null ? 0 : previous,
                newOwnerId,
                vehicle.vin().value(),
                reason,
                clock.instant()));
    }

    /** Every vehicle of one customer moves to another (a merge of duplicates). */
    public int transferAll(long fromCustomerId, long toCustomerId) {
        List<Vehicle> owned = ownedBy(List.of(fromCustomerId));
        owned.forEach(vehicle -> transfer(vehicle.id(), toCustomerId, "MERGED"));
        return owned.size();
    }

    /** Who owned the vehicle when, newest first. */
    @Transactional(readOnly = true)
    public List<Ownership> ownershipHistory(long vehicleId) {
        return jdbc.sql("""
                        SELECT customer_id, since, until, reason FROM vehicle.ownership
                        WHERE vehicle_id = :vehicle ORDER BY since DESC, id DESC""")
                .param("vehicle", vehicleId)
                .query((rs, row) -> new Ownership(
                        rs.getLong("customer_id"),
                        rs.getTimestamp("since").toInstant(),
                        rs.getTimestamp("until") == null
                                ? null
                                : rs.getTimestamp("until").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    // ---- finding vehicles, for the search box ----

    /**
     * A full VIN or its last six or eight characters. Each is an equality on an indexed column: under row-level
     * security an index serves only leakproof operators, which LIKE is not.
     */
    @Transactional(readOnly = true)
    public List<VehicleMatch> withVinEndingIn(String suffix, int limit) {
        String column = switch (suffix.length()) {
            case 17 -> "vin";
            case 8 -> "vin_last8";
            case 6 -> "vin_last6";
            default -> throw new IllegalArgumentException("A VIN is found by all 17 characters or the last 6 or 8");
        };
        return matches(column + " = :q", suffix, limit);
    }

    @Transactional(readOnly = true)
    public List<VehicleMatch> withPlate(String plate, int limit) {
        return matches("plate = :q", plate, limit);
    }

    /** A plate typed without its province character: 'A12345' finds 沪A12345 and 苏A12345. */
    @Transactional(readOnly = true)
    public List<VehicleMatch> withPlateTail(String tail, int limit) {
        return matches("plate_tail = :q", tail, limit);
    }

    private List<VehicleMatch> matches(String condition, String query, int limit) {
        return jdbc.sql("SELECT id, owner_id, vin, plate, brand, series, model_name FROM vehicle.vehicle"
                        + " WHERE dealer_id = :dealer AND "
                        + condition + " ORDER BY id LIMIT :limit")
                .param("dealer", DealerScope.currentDealer())
                .param("q", query)
                .param("limit", limit)
                .query((rs, row) -> new VehicleMatch(
                        rs.getLong("id"),
                        rs.getObject("owner_id", Long.class),
                        rs.getString("vin"),
                        rs.getString("plate"),
                        String.join(" ", rs.getString("brand"), rs.getString("series"), rs.getString("model_name"))
                                .trim()))
                .list();
    }

    private void openOwnership(long vehicleId, long customerId, String reason) {
        jdbc.sql("""
                        INSERT INTO vehicle.ownership (dealer_id, vehicle_id, customer_id, since, reason)
                        VALUES (:dealer, :vehicle, :customer, :since, :reason)""")
                .param("dealer", DealerScope.currentDealer())
                .param("vehicle", vehicleId)
                .param("customer", customerId)
                .param("since", Timestamp.from(Instant.now(clock)))
                .param("reason", reason)
                .update();
    }

    private void closeOwnership(long vehicleId) {
        jdbc.sql("UPDATE vehicle.ownership SET until = :now WHERE vehicle_id = :vehicle AND until IS NULL")
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("vehicle", vehicleId)
                .update();
    }

    /** One text column of a multi-row insert. */
    private static String[] column(List<Vehicle> registered, Function<Vehicle, @Nullable String> value) {
        return registered.stream().map(value).toArray(String[]::new);
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A vehicle an import registers for a customer, with the odometer reading the file gave, if any. */
    public record ImportedVehicle(
            long ownerId, VehicleDetails details, @Nullable Integer kilometres) {}

    /** A vehicle found by the search box, with its owner. */
    public record VehicleMatch(
            long vehicleId,
            @org.jspecify.annotations.Nullable Long ownerId,
            String vin,
            String plate,
            String model) {}

    /** One period of ownership; {@code until} is {@code null} for the current owner. */
    public record Ownership(
            long customerId,
            Instant since,
            @org.jspecify.annotations.Nullable Instant until,
            String reason) {}
}

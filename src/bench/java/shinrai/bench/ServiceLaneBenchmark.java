package shinrai.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import shinrai.appointment.Appointment;
import shinrai.appointment.Appointments;
import shinrai.appointment.Appointments.Booked;
import shinrai.appointment.Availability;
import shinrai.appointment.Availability.DayAvailability;
import shinrai.appointment.BookingCalendar;
import shinrai.appointment.BookingChannel;
import shinrai.appointment.BookingRequest;
import shinrai.appointment.BookingRules;
import shinrai.appointment.ServiceRequest;
import shinrai.appointment.Transport;
import shinrai.appointment.WorkshopCapacity;
import shinrai.appointment.WorkshopSection;
import shinrai.reception.DamageMark;
import shinrai.reception.Reception;
import shinrai.reception.ReceptionBriefing;
import shinrai.reception.ReceptionBriefing.Briefing;
import shinrai.reception.ReceptionRequest;
import shinrai.reception.Receptions;
import shinrai.shared.DealerScope;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.VehicleRegister;

/**
 * The service lane's hot paths in the service layer, on one dealer of the network {@link GenerateNetwork} made (B0001
 * unless {@code -Dbench.dealer}), signed in as one of its service advisors:
 *
 * <ul>
 *   <li>{@code availability}: {@link Availability#of} for anyone's room on a busy day, 200 bookings over 8 advisors
 *       and 30-minute slots, the service box's usual question (routine maintenance).
 *   <li>{@code book}: one {@link Appointments#book} by phone, a different real car each call, with SMS consent, so
 *       the confirmation and the reminder are queued. The days are far ahead and change every {@value #CHUNK}
 *       bookings, so no day fills. The customer timeline entry is written in the booking's own transaction; anything
 *       an earlier call left to the asynchronous executor has finished before the call starts, so {@code book} is
 *       the wait of one booking on its own.
 *       {@code bookOtherDays}: 4 threads booking without a pause, each on days of its own; {@code bookSameDay}: 4
 *       threads booking the same day, which take turns on the day's lock. The difference between the two is the
 *       cost of the lock under contention; the difference between {@code book} and {@code bookOtherDays} is 4
 *       threads sharing the machine's cores and the connection pool.
 *   <li>{@code receive}: {@link Receptions#receive} of a car booked just before (the booking is made in a setup JMH
 *       does not time): the odometer reading, the appointment closed, the repair order opened with the day's next
 *       number, the reception, its damage marks and the customer timeline entry written, in one transaction.
 *       Anything earlier calls left to the asynchronous executor has finished before the call starts, so {@code
 *       receive} is the advisor's wait alone.
 *   <li>{@code briefing}: {@link ReceptionBriefing#of} for one of the busy day's cars, what the advisor reads before
 *       greeting the customer.
 * </ul>
 *
 * <p>The set-up, done once and kept: 8 service advisors and 6 technicians for the dealer (the generated dealers have
 * no staff), booking rules and workshop capacity generous enough that only the day's own bookings limit it, and the
 * busy day topped up to 200 bookings. The booking benchmarks start on empty days: the bookings earlier runs made
 * there are deleted first. The receptions and their bookings stay. JMH samples every call and reports the
 * percentiles.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@service-lane-benchmark</pre>
 *
 * <p>{@code -Dbench.args="..."} passes JMH options, e.g. {@code "-wi 1 -i 2 book"} for a quick look at the bookings.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class ServiceLaneBenchmark {

    static final int ADVISORS = 8;
    static final int TECHNICIANS = 6;
    static final int BUSY_DAY_BOOKINGS = 200;
    /** Bookings per day before the booking benchmarks move on to the next. */
    static final int CHUNK = 50;

    /** Days from today: the busy day, the days the receptions' cars are booked on, the booking benchmarks' days. */
    private static final int BUSY_DAY = 20;

    private static final int RECEPTION_DAYS_FROM = 30;
    private static final int RECEPTION_DAYS_TO = 99;
    private static final int BOOKING_DAYS_FROM = 100;
    private static final int BOOKING_DAYS_TO = 359;

    private static final Set<ServiceRequest> ROUTINE = Set.of(ServiceRequest.ROUTINE_MAINTENANCE);
    /** What customers ask for, roughly as often as they ask: maintenance most, paint least. */
    private static final List<Set<ServiceRequest>> MIX = List.of(
            Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
            Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
            Set.of(ServiceRequest.ROUTINE_MAINTENANCE, ServiceRequest.TYRES_ALIGNMENT),
            Set.of(ServiceRequest.MAJOR_MAINTENANCE),
            Set.of(ServiceRequest.DIAGNOSIS),
            Set.of(ServiceRequest.REPAIR),
            Set.of(ServiceRequest.INSPECTION),
            Set.of(ServiceRequest.AIR_CONDITIONING),
            Set.of(ServiceRequest.WARRANTY, ServiceRequest.RECALL),
            Set.of(ServiceRequest.BODY_PAINT));

    private ConfigurableApplicationContext app;
    private Availability availability;
    private Appointments appointments;
    private Receptions receptions;
    private ReceptionBriefing briefings;
    private VehicleRegister vehicles;
    JdbcClient owner;
    private ThreadPoolTaskExecutor afterCommit;

    String dealerCode;
    long dealerId;
    List<Long> advisors;
    private LocalDate today;
    LocalDate busyDay;
    List<LocalTime> slots;
    private List<Car> busyDayCars;
    List<Car> bookingCars;
    private List<Car> receptionCars;
    List<Appointment> busyDayAppointments;
    private int receptionDayStart;

    private final AtomicInteger nextBookingCar = new AtomicInteger();
    private final AtomicInteger nextReceptionCar = new AtomicInteger();
    private final AtomicInteger nextSameDayBooking = new AtomicInteger();
    private final AtomicInteger nextBriefing = new AtomicInteger();

    // package-private fields above: HttpBenchmarkSetUp reads what prepare() made

    record Car(long vehicleId, long customerId) {}

    public static void main(String[] args) throws Exception {
        JmhLauncher.run(ServiceLaneBenchmark.class, "service-lane-benchmark.json", args);
    }

    @Setup(Level.Trial)
    public void start(BenchmarkParams benchmark) {
        prepare(BenchApplication.start(StatementRecorder.class));
        String kind =
                benchmark.getBenchmark().substring(benchmark.getBenchmark().lastIndexOf('.') + 1);
        if (kind.startsWith("book")) {
            clearBookingDays();
        }
        describe(kind, dealerCode);
    }

    /**
     * What every benchmark of the lane works on, in the HTTP benchmark's set-up too: the dealer's staff, booking rules
     * that only the day's own bookings limit, the busy day and the cars.
     */
    void prepare(ConfigurableApplicationContext app) {
        this.app = app;
        availability = app.getBean(Availability.class);
        appointments = app.getBean(Appointments.class);
        receptions = app.getBean(Receptions.class);
        briefings = app.getBean(ReceptionBriefing.class);
        vehicles = app.getBean(VehicleRegister.class);
        afterCommit = app.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        BookingCalendar calendar = app.getBean(BookingCalendar.class);
        owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", DataSource.class));
        dealerCode = System.getProperty("bench.dealer", "B0001");
        record Dealer(long id, long networkId, String zone) {}
        Dealer dealer = owner.sql("""
                        SELECT d.id, d.network_id, d.time_zone FROM dealer.dealer d
                        JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network AND d.code = :dealer""")
                .param("network", GenerateNetwork.NETWORK)
                .param("dealer", dealerCode)
                .query((rs, row) -> new Dealer(rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("No dealer " + dealerCode + " in the "
                        + GenerateNetwork.NETWORK + " network: run shinrai.bench.GenerateNetwork first"));
        dealerId = dealer.id();
        advisors = staff(dealer.networkId(), dealerCode.toLowerCase(Locale.ROOT));
        today = LocalDate.now(ZoneId.of(dealer.zone()));

        // Only the bookings limit the days: every advisor takes up to 20 cars a slot, no reception lanes, the
        // workshop's bays and technician hours at their maximum, bookings up to a year ahead.
        advisor(0).run(() -> {
            calendar.changeRules(new BookingRules(30, 20, null, 365, 15, 60, LocalTime.of(10, 0)));
            for (WorkshopSection section : WorkshopSection.values()) {
                calendar.changeWorkshop(new WorkshopCapacity(section, 200, new BigDecimal("5000")));
            }
        });
        slots = advisor(0).call(() -> availability.of(today.plusDays(BUSY_DAY), null, Set.of()))
                .slots()
                .stream()
                .map(Availability.Slot::time)
                .toList();

        // Real cars of the dealer with their owners, in an order of their own that is the same on every run. A car
        // earlier runs received is still in the workshop (its repair order stays open) and cannot be booked again, so
        // each run receives cars no run received before; only reception cars are ever received, and they come last.
        List<Car> cars = owner.sql("""
                        SELECT id, owner_id FROM vehicle.vehicle v
                        WHERE dealer_id = :dealer AND owner_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM workshop.repair_order r
                                          WHERE r.dealer_id = v.dealer_id AND r.vehicle_id = v.id)
                        ORDER BY md5(id::text) LIMIT 4250""")
                .param("dealer", dealerId)
                .query((rs, row) -> new Car(rs.getLong(1), rs.getLong(2)))
                .list();
        if (cars.size() < 4250) {
            throw new IllegalStateException("Dealer " + dealerCode + " has " + cars.size() + " cars, 4250 needed");
        }
        busyDayCars = cars.subList(0, 250);
        bookingCars = cars.subList(250, 2250);
        receptionCars = cars.subList(2250, 4250);

        busyDay = fillBusyDay();
        busyDayAppointments = advisor(0).call(() -> appointments.onDay(busyDay));
        receptionDayStart = booked(RECEPTION_DAYS_FROM, RECEPTION_DAYS_TO);
    }

    @TearDown(Level.Trial)
    public void stop() {
        app.close();
    }

    @Benchmark
    public DayAvailability availability() {
        return advisor(0).call(() -> availability.of(busyDay, null, ROUTINE));
    }

    @Benchmark
    public Booked book(Booker booker, Settled settled) {
        return booker.bookOwnDay();
    }

    @Benchmark
    @Threads(4)
    public Booked bookOtherDays(Booker booker) {
        return booker.bookOwnDay();
    }

    @Benchmark
    @Threads(4)
    public Booked bookSameDay(Booker booker) {
        int n = nextSameDayBooking.getAndIncrement();
        return booker.book(bookingDay(n / CHUNK), n);
    }

    @Benchmark
    public Reception receive(Arrival arrival) {
        return advisor(0).call(() -> receptions.receive(arrival.request));
    }

    @Benchmark
    public Briefing briefing() {
        Appointment appointment =
                busyDayAppointments.get(nextBriefing.getAndIncrement() % busyDayAppointments.size());
        return advisor(0).call(() -> briefings.of(appointment.vehicleId(), appointment.id()));
    }

    /** One booking thread: an advisor of its own, and for {@code book} and {@code bookOtherDays} days of its own. */
    @State(Scope.Thread)
    public static class Booker {

        private ServiceLaneBenchmark bench;
        private DealerScope scope;
        private int thread;
        private int threads;
        private int booked;

        @Setup(Level.Trial)
        public void start(ServiceLaneBenchmark bench, ThreadParams params) {
            this.bench = bench;
            this.thread = params.getThreadIndex();
            this.threads = params.getThreadCount();
            this.scope = bench.advisor(thread);
        }

        /** Thread t books the booking days t, t + threads, t + 2 threads, ...: never the day another thread books. */
        Booked bookOwnDay() {
            int n = booked++;
            return book(bench.bookingDay(thread + threads * (n / CHUNK)), n);
        }

        Booked book(LocalDate day, int n) {
            Car car = bench.bookingCars.get(bench.nextBookingCar.getAndIncrement() % bench.bookingCars.size());
            LocalTime time = bench.slots.get(n % bench.slots.size());
            return scope.call(() -> bench.appointments.book(request(car, day, time, MIX.get(n % MIX.size()))));
        }
    }

    /** Before each call, not timed: what earlier calls left to run after their commit is done. */
    @State(Scope.Thread)
    public static class Settled {

        @Setup(Level.Invocation)
        public void settle(ServiceLaneBenchmark bench) {
            bench.settle();
        }
    }

    /**
     * A car booked and not yet received, for each {@code receive} call: booked before the call, outside the time JMH
     * measures, on the next of the reception days. The reading is the car's last plus a few thousand kilometres.
     */
    @State(Scope.Thread)
    public static class Arrival {

        private static final List<DamageMark> DAMAGE = List.of(
                new DamageMark(new BigDecimal("18.5"), new BigDecimal("72.0"), DamageMark.Kind.SCRATCH, "右后门划痕"),
                new DamageMark(new BigDecimal("81.0"), new BigDecimal("15.5"), DamageMark.Kind.CHIP, "前挡风玻璃石击"));

        ReceptionRequest request;

        @Setup(Level.Invocation)
        public void book(ServiceLaneBenchmark bench) {
            int n = bench.nextReceptionCar.getAndIncrement();
            Car car = bench.receptionCars.get(n % bench.receptionCars.size());
            int booked = bench.receptionDayStart + n;
            int days = RECEPTION_DAYS_TO - RECEPTION_DAYS_FROM + 1;
            LocalDate day = bench.today.plusDays(RECEPTION_DAYS_FROM + booked % days);
            LocalTime time = bench.slots.get(booked / days % bench.slots.size());
            request = bench.advisor(0).call(() -> {
                Appointment appointment = bench.appointments
                        .book(request(car, day, time, MIX.get(n % MIX.size())))
                        .appointment();
                int last = bench.vehicles
                        .lastReading(car.vehicleId())
                        .map(OdometerReading::kilometres)
                        .orElse(20_000 + n % 100 * 1_000);
                boolean replaced = last + 5_000 > 2_000_000;
                return new ReceptionRequest(
                        appointment.id(),
                        car.vehicleId(),
                        "冷车启动时发动机有异响，保养灯亮了。顺便看看空调制冷不太好。",
                        replaced ? 5_000 : last + 3_000 + n % 2_000,
                        replaced,
                        n % 9,
                        "行车记录仪、雨伞",
                        DAMAGE,
                        true,
                        true,
                        true);
            });
            bench.settle();
        }
    }

    private static BookingRequest request(Car car, LocalDate day, LocalTime time, Set<ServiceRequest> services) {
        return new BookingRequest(
                car.customerId(),
                car.vehicleId(),
                day,
                time,
                null,
                services,
                "客户来电：到保养里程了，最近刹车有点异响，想顺便检查。",
                Transport.WAIT,
                BookingChannel.PHONE,
                true);
    }

    DealerScope advisor(int index) {
        return new DealerScope(advisors.get(index % advisors.size()), "bench", dealerId, null);
    }

    /**
     * Waits, at most a second, for any work a commit hands to the asynchronous executor (registrations' timeline
     * entries, say) to finish, so that it does not run during the next call JMH times.
     */
    void settle() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while ((afterCommit.getActiveCount() > 0 || afterCommit.getQueueSize() > 0) && System.nanoTime() < until) {
            LockSupport.parkNanos(100_000);
        }
    }

    /** Every car this benchmark books or receives: other set-ups on the dealer leave them alone. */
    Set<Long> carsInUse() {
        return java.util.stream.Stream.of(busyDayCars, bookingCars, receptionCars)
                .flatMap(List::stream)
                .map(Car::vehicleId)
                .collect(Collectors.toSet());
    }

    LocalDate bookingDay(int index) {
        return today.plusDays(BOOKING_DAYS_FROM + Math.floorMod(index, BOOKING_DAYS_TO - BOOKING_DAYS_FROM + 1));
    }

    /**
     * The dealer's service advisors and technicians, added by the schema owner the first time; the advisors' ids in
     * order. The accounts cannot sign in.
     */
    private List<Long> staff(long networkId, String prefix) {
        for (int i = 1; i <= ADVISORS + TECHNICIANS; i++) {
            boolean advisor = i <= ADVISORS;
            owner.sql("""
                            INSERT INTO dealer.user_account
                                (dealer_id, network_id, username, display_name, password_hash, roles)
                            VALUES (:dealer, :network, :username, :name, 'not-for-sign-in', ARRAY[:role])
                            ON CONFLICT ((lower(username))) DO NOTHING""")
                    .param("dealer", dealerId)
                    .param("network", networkId)
                    .param("username", prefix + (advisor ? ".advisor" + i : ".technician" + (i - ADVISORS)))
                    .param("name", advisor ? "服务顾问" + i : "技师" + (i - ADVISORS))
                    .param("role", advisor ? "SERVICE_ADVISOR" : "TECHNICIAN")
                    .update();
        }
        return owner.sql("""
                        SELECT id FROM dealer.user_account
                        WHERE dealer_id = :dealer AND username LIKE :prefix || '.advisor%' ORDER BY id""")
                .param("dealer", dealerId)
                .param("prefix", prefix)
                .query(Long.class)
                .list();
    }

    /**
     * The first day from {@value #BUSY_DAY} days ahead that does not hold more than the busy day's bookings (a day an
     * earlier run booked may), topped up to them through the booking service: a realistic mix of services over the
     * whole day, to whichever advisor has room.
     */
    private LocalDate fillBusyDay() {
        LocalDate day = today.plusDays(BUSY_DAY);
        while (booked(day, day) > BUSY_DAY_BOOKINGS) {
            day = day.plusDays(1);
        }
        LocalDate busy = day;
        for (int n = booked(busy, busy); n < BUSY_DAY_BOOKINGS; n++) {
            Car car = busyDayCars.get(n);
            LocalTime time = slots.get(n * 7 % slots.size());
            Set<ServiceRequest> services = MIX.get(n % MIX.size());
            advisor(0).run(() -> appointments.book(request(car, busy, time, services)));
        }
        return busy;
    }

    /**
     * Empties the booking days of what earlier runs booked there, with the messages queued for those bookings, so
     * that every run books on the same days as the last: one statement as the schema owner. Only the benchmark books
     * these days of a generated dealer.
     */
    void clearBookingDays() {
        long[] removed = owner.sql("""
                        WITH gone AS (
                            DELETE FROM appointment.appointment
                            WHERE dealer_id = :dealer AND day BETWEEN :from AND :to RETURNING id),
                        messages AS (
                            DELETE FROM messaging.outbox_message
                            WHERE dealer_id = :dealer AND reference IN (SELECT 'appointment:' || id FROM gone)
                            RETURNING id)
                        SELECT (SELECT count(*) FROM gone), (SELECT count(*) FROM messages)""")
                .param("dealer", dealerId)
                .param("from", today.plusDays(BOOKING_DAYS_FROM))
                .param("to", today.plusDays(BOOKING_DAYS_TO))
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        System.out.printf(
                Locale.ROOT,
                "%nBooking days %s to %s emptied: %d bookings of earlier runs and their %d messages deleted%n",
                today.plusDays(BOOKING_DAYS_FROM),
                today.plusDays(BOOKING_DAYS_TO),
                removed[0],
                removed[1]);
    }

    private int booked(int fromDays, int toDays) {
        return booked(today.plusDays(fromDays), today.plusDays(toDays));
    }

    /** Appointments holding capacity on these days. */
    private int booked(LocalDate from, LocalDate to) {
        return owner.sql("""
                        SELECT count(*) FROM appointment.appointment
                        WHERE dealer_id = :dealer AND day BETWEEN :from AND :to
                          AND status NOT IN ('NO_SHOW', 'CANCELLED')""")
                .param("dealer", dealerId)
                .param("from", from)
                .param("to", to)
                .query(Integer.class)
                .single();
    }

    /**
     * Before measuring: what the benchmark works on, and the statements one call runs, as the application prepares
     * them on its runtime pool (the calls recorded here are made for real, and warm the caches as the warm-up does),
     * with the plans of any that read a whole table.
     */
    private void describe(String kind, String dealerCode) {
        System.out.printf(
                Locale.ROOT,
                "%n%s at dealer %s (id %d), today %s there: %d advisors, %d slots of 30 minutes%n",
                kind,
                dealerCode,
                dealerId,
                today,
                advisors.size(),
                slots.size());
        switch (kind) {
            case "availability" -> {
                DayAvailability day = availability();
                System.out.printf(
                        Locale.ROOT,
                        "Busy day %s: %d bookings (%s); room for routine maintenance per slot: %s%n",
                        busyDay,
                        busyDayAppointments.size(),
                        busyDayAppointments.stream()
                                .collect(Collectors.groupingBy(Appointment::section, Collectors.counting())),
                        day.slots().stream().map(slot -> slot.time() + " " + slot.free()).toList());
                statements(kind, this::availability);
            }
            case "book", "bookOtherDays", "bookSameDay" -> {
                Booker booker = new Booker();
                booker.bench = this;
                booker.scope = advisor(0);
                // On the last booking day, which the benchmark reaches last.
                statements(kind, () -> booker.book(bookingDay(-1), 0));
            }
            case "receive" -> {
                System.out.printf(
                        Locale.ROOT,
                        "Reception days %s to %s: %d bookings from earlier runs (%.1f a day)%n",
                        today.plusDays(RECEPTION_DAYS_FROM),
                        today.plusDays(RECEPTION_DAYS_TO),
                        receptionDayStart,
                        receptionDayStart / (double) (RECEPTION_DAYS_TO - RECEPTION_DAYS_FROM + 1));
                Arrival arrival = new Arrival();
                arrival.book(this);
                statements(kind, () -> receive(arrival));
            }
            case "briefing" -> statements(kind, this::briefing);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private void statements(String kind, Runnable call) {
        List<StatementRecorder.Recorded> statements = StatementRecorder.record(call);
        System.out.printf(Locale.ROOT, "One %s call prepares %d statements:%n", kind, statements.size());
        for (StatementRecorder.Recorded statement : statements) {
            System.out.println("  " + shortened(statement.sql()));
        }
        sequentialScans(statements);
    }

    private static String shortened(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return line.length() > 110 ? line.substring(0, 110) + " ..." : line;
    }

    /**
     * The plans, as PostgreSQL would run them for the runtime role under row-level security, of those statements that
     * read a table sequentially. EXPLAIN only, on a superuser session of the embedded server: nothing is run again.
     */
    private void sequentialScans(List<StatementRecorder.Recorded> statements) {
        HikariDataSource schemaOwner = app.getBean("schemaOwnerDataSource", HikariDataSource.class);
        int scanning = 0;
        try (Connection superuser = BenchApplication.superuser(schemaOwner.getJdbcUrl());
                Statement session = superuser.createStatement()) {
            session.execute("SET ROLE shinrai_app");
            session.execute("SELECT set_config('shinrai.dealer_id', '" + dealerId + "', false)");
            for (StatementRecorder.Recorded recorded : statements) {
                try (PreparedStatement explain = superuser.prepareStatement("EXPLAIN " + recorded.sql())) {
                    for (Map.Entry<Integer, Object> parameter :
                            recorded.parameters().entrySet()) {
                        explain.setObject(parameter.getKey(), parameter.getValue());
                    }
                    List<String> plan = new ArrayList<>();
                    try (ResultSet lines = explain.executeQuery()) {
                        while (lines.next()) {
                            plan.add(lines.getString(1));
                        }
                    }
                    if (plan.stream().anyMatch(line -> line.contains("Seq Scan"))) {
                        scanning++;
                        System.out.println("  Sequential scan in " + shortened(recorded.sql()));
                        plan.forEach(line -> System.out.println("    " + line));
                    }
                } catch (SQLException e) {
                    System.out.println("  (no plan for " + shortened(recorded.sql()) + ": " + e.getMessage() + ")");
                }
            }
        } catch (SQLException | RuntimeException e) {
            System.out.println("  (no plans: " + e.getMessage() + ")");
        }
        System.out.printf(Locale.ROOT, "%d of them read a table sequentially.%n", scanning);
    }
}

package shinrai.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;
import org.HdrHistogram.Recorder;
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
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.parts.PartNumber;
import shinrai.parts.PartsCatalogue;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;
import shinrai.workshop.ApprovalGiven;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.ItemResult;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.Handover;
import shinrai.workshop.LabourCatalogue;
import shinrai.workshop.LabourOperation;
import shinrai.workshop.Payer;
import shinrai.workshop.PaymentMethod;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.RepairOrderOpening;
import shinrai.workshop.Workshop;
import shinrai.workshop.WorkType;

/**
 * Complete repair-order lifecycles through the workshop's service layer on one dealer of the generated network
 * (one no earlier run used, unless {@code -Dbench.dealer} names one), each step done by the staff member whose job it is, each its own committed
 * transaction with its checks, audit rows and events, fsync on:
 *
 * <ol>
 *   <li>open (the advisor, at reception), add an oil change (labour) and its filter (part), estimate, approve by
 *       phone;
 *   <li>dispatch (the foreman), clock on and clock off (the technician);
 *   <li>the self, team leader and final checks (technician, foreman, QC inspector);
 *   <li>clean-up and delivery (the advisor), payment (the cashier), which settles the order.
 * </ol>
 *
 * <p>{@code lifecycle} runs them on 4 threads, each on real cars of the dealer; JMH reports lifecycles per second,
 * and the tear-down prints committed steps per second and p50/p99 per step (HdrHistogram, the last measured
 * iteration). {@code yardstick} is the same lifecycle written as five hand-written SQL commits on the order's row (open,
 * approve, in repair, checked, delivered), under the same row-level security and audit trigger: what the aggregate's
 * design costs over the least the database must do.
 *
 * <pre>./mvnw -Pbench test-compile exec:exec@repair-order-benchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
public class RepairOrderLifecycleBenchmark {

    static final String[] STEPS = {
        "open", "addLabour", "addPart", "estimate", "approve", "dispatch", "clockOn", "clockOff", "selfCheck",
        "teamCheck", "finalCheck", "cleanUp", "deliver", "pay"
    };
    static final int YARDSTICK_COMMITS = 5;
    private static final int CARS = 5_000;

    private ConfigurableApplicationContext app;
    private Workshop workshop;
    private JdbcClient runtime;
    private TransactionTemplate transactions;
    private long dealerId;
    private Map<String, DealerScope> staff;
    private StaffId technician;
    private List<long[]> cars;
    private final AtomicInteger nextCar = new AtomicInteger();
    private final Map<String, Recorder> stepTimes = new ConcurrentHashMap<>();
    private final Map<String, Histogram> lastIteration = new LinkedHashMap<>();
    private final LongAdder committed = new LongAdder();
    private long iterationStart;
    private long checkpointsBefore;
    private String ownerUrl = "";
    private double lastStepsPerSecond;
    private String benchmark = "";
    private String dealerCode = "";
    private volatile @Nullable Map<String, List<StatementRecorder.Recorded>> statementsPerStep;

    public static void main(String[] args) throws Exception {
        JmhLauncher.run(RepairOrderLifecycleBenchmark.class, "repair-order-benchmark.json", args);
    }

    @Setup(Level.Trial)
    public void start(BenchmarkParams params) {
        prepare(
                BenchApplication.start(StatementRecorder.class),
                params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1),
                List.of());
        if (benchmark.equals("lifecycle")) {
            printStatementsPerStep();
        }
    }

    /**
     * Readies {@code benchmark} ("lifecycle" or "yardstick") on a dealer of the running application: the dealer named
     * by {@code -Dbench.dealer}, or else one no run used and not among {@code taken}.
     */
    void prepare(ConfigurableApplicationContext app, String benchmark, List<String> taken) {
        this.benchmark = benchmark;
        this.app = app;
        workshop = app.getBean(Workshop.class);
        runtime = JdbcClient.create(app.getBean("dataSource", DataSource.class));
        transactions = new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        JdbcClient owner = JdbcClient.create(app.getBean("schemaOwnerDataSource", DataSource.class));
        ownerUrl = app.getBean("schemaOwnerDataSource", com.zaxxer.hikari.HikariDataSource.class)
                .getJdbcUrl();
        dealerCode = System.getProperty("bench.dealer", unusedDealer(owner, taken));
        record Dealer(long id, long networkId) {}
        Dealer dealer = owner.sql("""
                        SELECT d.id, d.network_id FROM dealer.dealer d JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network AND d.code = :dealer""")
                .param("network", GenerateNetwork.NETWORK)
                .param("dealer", dealerCode)
                .query((rs, row) -> new Dealer(rs.getLong(1), rs.getLong(2)))
                .single();
        dealerId = dealer.id();
        String prefix = dealerCode.toLowerCase(Locale.ROOT);
        staff = new LinkedHashMap<>();
        for (String role : List.of("SERVICE_ADVISOR", "FOREMAN", "TECHNICIAN", "QC_INSPECTOR", "CASHIER")) {
            String username = prefix + ".lifecycle." + role.toLowerCase(Locale.ROOT);
            owner.sql("""
                            INSERT INTO dealer.user_account
                                (dealer_id, network_id, username, display_name, password_hash, roles)
                            VALUES (:dealer, :network, :username, :name, 'not-for-sign-in', ARRAY[:role])
                            ON CONFLICT ((lower(username))) DO NOTHING""")
                    .param("dealer", dealerId)
                    .param("network", dealer.networkId())
                    .param("username", username)
                    .param("name", role)
                    .param("role", role)
                    .update();
            long id = owner.sql("SELECT id FROM dealer.user_account WHERE username = :username")
                    .param("username", username)
                    .query(Long.class)
                    .single();
            staff.put(role, new DealerScope(id, username, dealerId, null));
        }
        technician = new StaffId(staff.get("TECHNICIAN").userId());
        as("SERVICE_MANAGER_SETUP").run(() -> {
            LabourCatalogue labour = app.getBean(LabourCatalogue.class);
            labour.save(new LabourOperation("M-OIL", "更换机油及机油滤清器", WorkType.MAINTENANCE, new BigDecimal("0.5"), true));
            app.getBean(PartsCatalogue.class)
                    .save(new shinrai.parts.Part(
                            PartNumber.of("90915-YZZD2"), "机油滤清器", "个", Money.yuan("52.00"), null));
        });
        cars = owner.sql("""
                        SELECT id, owner_id FROM vehicle.vehicle WHERE dealer_id = :dealer AND owner_id IS NOT NULL
                        ORDER BY md5(id::text) LIMIT :cars""")
                .param("dealer", dealerId)
                .param("cars", CARS)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        // the yardstick's orders carry numbers of a day no real order has, from a sequence of their own
        owner.sql("CREATE SEQUENCE IF NOT EXISTS public.bench_yardstick_number").update();
        owner.sql("GRANT USAGE ON SEQUENCE public.bench_yardstick_number TO shinrai_app").update();
        settle(owner);
        System.out.printf(Locale.ROOT, "%n%s at dealer %s (id %d): %d cars%n", benchmark, dealerCode, dealerId, cars.size());
    }

    /**
     * The first dealer of the generated network no earlier run has opened an order at (B0001 and B0002 apart: the
     * service-lane and HTTP benchmarks work there). The lifecycle and the yardstick each start on a dealer of their
     * own with no orders yet, so runs compare: on one dealer used run after run, the yardstick's rate fell from 527 to
     * 201 lifecycles/s as it gathered half a million orders (over a hundred per car), the lifecycle's far less.
     */
    private static String unusedDealer(JdbcClient owner, List<String> taken) {
        return owner.sql("""
                        SELECT d.code FROM dealer.dealer d JOIN dealer.network n ON n.id = d.network_id
                        WHERE n.code = :network AND d.code NOT IN ('B0001', 'B0002')
                          AND d.code <> ALL (CAST(:taken AS text[]))
                          AND NOT EXISTS (SELECT FROM workshop.repair_order o WHERE o.dealer_id = d.id)
                        ORDER BY d.code LIMIT 1""")
                .param("network", GenerateNetwork.NETWORK)
                .param("taken", taken.toArray(String[]::new))
                .query(String.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Every dealer of the benchmark network has orders from"
                        + " earlier runs: generate the network again (exec:exec@generate-network), or name one with"
                        + " -Dbench.dealer"));
    }

    /**
     * What earlier runs left to vacuum is vacuumed before measuring, so autovacuum of the last run's rows cannot land
     * in this run's figures (the same code measured 67 and 93 lifecycles/s on two runs without this).
     */
    private static void settle(JdbcClient owner) {
        owner.sql("""
                        VACUUM (ANALYZE) workshop.repair_order, workshop.repair_order_line, workshop.order_number,
                            workshop.customer_approval, workshop.time_entry, workshop.quality_check,
                            workshop.quality_check_item, workshop.payment, followup.call_task, followup.assignment_turn,
                            audit.audit_event""")
                .update();
    }

    /**
     * One lifecycle with every statement the runtime pool prepares noted per step: the round trips a step costs
     * (each with its audit triggers and checks inside the database) are what the figures below are made of.
     */
    private void printStatementsPerStep() {
        statementsPerStep = new LinkedHashMap<>();
        try {
            lifecycle();
        } finally {
            Map<String, List<StatementRecorder.Recorded>> recorded = statementsPerStep;
            statementsPerStep = null;
            System.out.println("| step | statements |");
            System.out.println("|---|---|");
            recorded.forEach((step, statements) -> System.out.printf(Locale.ROOT, "| %s | %d |%n", step, statements.size()));
            java.nio.file.Path file = BenchApplication.dataDir().resolveSibling("repair-order-statements.txt");
            StringBuilder text = new StringBuilder();
            recorded.forEach((step, statements) -> statements.forEach(statement -> text.append(step)
                    .append(": ")
                    .append(statement.sql().replaceAll("\\s+", " "))
                    .append('\n')));
            try {
                java.nio.file.Files.writeString(file, text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            System.out.println("(their SQL: " + file + ")");
        }
    }

    /**
     * Every iteration starts just after a checkpoint, so none has one of its own to write in the middle and each pays
     * the same full-page writes after it: a checkpoint landing in one iteration of 20 s took a third off its rate, and
     * which iteration it landed in decided a run's mean more than the code measured did.
     */
    @Setup(Level.Iteration)
    public void startIteration() {
        checkpointsBefore = checkpoint();
        stepTimes.clear();
        committed.reset();
        iterationStart = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration() {
        double seconds = (System.nanoTime() - iterationStart) / 1e9;
        lastStepsPerSecond = committed.sum() / seconds;
        lastIteration.clear();
        stepTimes.forEach((step, recorder) -> lastIteration.put(step, recorder.getIntervalHistogram()));
        long checkpoints = checkpointsSoFar() - checkpointsBefore;
        if (checkpoints > 0) {
            System.out.printf(Locale.ROOT, " (%d checkpoint(s) of the server's own during this iteration)", checkpoints);
        }
    }

    /**
     * Runs the benchmark's lane on {@code threads} threads for {@code seconds}, as one iteration of JMH would (just
     * after a checkpoint), and answers its committed steps per second.
     */
    double measure(int threads, int seconds) throws InterruptedException {
        Runnable lane = benchmark.equals("lifecycle") ? this::lifecycle : this::yardstick;
        startIteration();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> running = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    lane.run();
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        endIteration();
        return lastStepsPerSecond;
    }

    String dealerCode() {
        return dealerCode;
    }

    /** Forces a checkpoint and answers how many the server has begun since it started, that one included. */
    private long checkpoint() {
        try (Connection superuser = BenchApplication.superuser(ownerUrl);
                Statement session = superuser.createStatement()) {
            session.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not checkpoint the benchmark's server", e);
        }
        return checkpointsSoFar();
    }

    private long checkpointsSoFar() {
        try (Connection superuser = BenchApplication.superuser(ownerUrl);
                Statement session = superuser.createStatement();
                ResultSet counts = session.executeQuery(
                        "SELECT num_timed + num_requested FROM pg_stat_checkpointer")) {
            counts.next();
            return counts.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the benchmark's server's checkpoints", e);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        System.out.printf(Locale.ROOT, "%n%s, last iteration: %.0f committed steps/s%n", benchmark, lastStepsPerSecond);
        System.out.println("| step | count | p50 ms | p99 ms |");
        System.out.println("|---|---|---|---|");
        for (String step : lastIteration.keySet().stream().sorted(java.util.Comparator.comparingInt(
                        s -> List.of(STEPS).indexOf(s))).toList()) {
            Histogram h = lastIteration.get(step);
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f |%n",
                    step,
                    h.getTotalCount(),
                    h.getValueAtPercentile(50) / 1e6,
                    h.getValueAtPercentile(99) / 1e6);
        }
        app.close();
    }

    @Benchmark
    @Threads(4)
    public RepairOrder lifecycle() {
        long[] car = cars.get(Math.floorMod(nextCar.getAndIncrement(), cars.size()));
        RepairOrder o = step("open", "SERVICE_ADVISOR", () -> workshop.open(new RepairOrderOpening(
                new CustomerId(car[1]),
                new VehicleId(car[0]),
                new StaffId(staff.get("SERVICE_ADVISOR").userId()),
                null,
                "到保养里程了",
                40_000)));
        RepairOrder order = o;
        o = step("addLabour", "SERVICE_ADVISOR", () -> workshop.addLabour(order.id(), order.version(), "M-OIL", Payer.CUSTOMER, ""));
        o = next("addPart", "SERVICE_ADVISOR", o, (id, v) -> workshop.addPart(
                id, v, PartNumber.of("90915-YZZD2"), BigDecimal.ONE, Payer.CUSTOMER, ""));
        Instant promised = Instant.now().plus(4, ChronoUnit.HOURS);
        o = next("estimate", "SERVICE_ADVISOR", o, (id, v) -> workshop.estimate(id, v, promised));
        o = next("approve", "SERVICE_ADVISOR", o, (id, v) -> workshop.approve(
                id, v, new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "车主", "13800000000", null), List.of()));
        o = next("dispatch", "FOREMAN", o, (id, v) -> workshop.dispatch(id, v, 1, technician));
        o = next("clockOn", "TECHNICIAN", o, (id, v) -> workshop.clockOn(id, v, 1));
        o = next("clockOff", "TECHNICIAN", o, (id, v) -> workshop.clockOff(id, v, 1, null));
        o = check("selfCheck", "TECHNICIAN", o, CheckLevel.SELF);
        o = check("teamCheck", "FOREMAN", o, CheckLevel.TEAM_LEADER);
        o = check("finalCheck", "QC_INSPECTOR", o, CheckLevel.FINAL);
        o = next("cleanUp", "SERVICE_ADVISOR", o, (id, v) -> workshop.recordCleanUp(id, v, true, true));
        o = next("deliver", "SERVICE_ADVISOR", o, (id, v) -> workshop.deliver(id, v, new Handover(true, true, 5, 5)));
        Money due = o.balanceDue();
        return next("pay", "CASHIER", o, (id, v) -> workshop.takePayment(id, v, PaymentMethod.WECHAT_PAY, due, ""));
    }

    /**
     * A level of the check passed with every item of the order's checklist ticked in order, as the page showing the
     * order sends it.
     */
    private RepairOrder check(String name, String role, RepairOrder order, CheckLevel level) {
        return step(name, role, () -> {
            List<ItemResult> allOk = workshop.checklist(order, level).stream()
                    .map(item -> new ItemResult(item.ref(), true, ""))
                    .toList();
            return workshop.passCheck(order.id(), order.version(), level, allOk, "", List.of());
        });
    }

    /** The same lane as five commits of hand-written SQL on the order's row: the least the database must do. */
    @Benchmark
    @Threads(4)
    public long yardstick() {
        long[] car = cars.get(Math.floorMod(nextCar.getAndIncrement(), cars.size()));
        DealerScope advisor = staff.get("SERVICE_ADVISOR");
        long id = step("open", "SERVICE_ADVISOR", () -> transactions.execute(status -> runtime.sql("""
                        INSERT INTO workshop.repair_order (dealer_id, number, customer_id, vehicle_id, advisor_id,
                            customer_words, status, opened_at)
                        VALUES (:dealer, 'RO20991231-' || lpad((nextval('bench_yardstick_number') % 100000000)::text, 8, '0'),
                                :customer, :vehicle, :advisor, '到保养里程了', 'OPENED', now())
                        RETURNING id""")
                .param("dealer", dealerId)
                .param("customer", car[1])
                .param("vehicle", car[0])
                .param("advisor", advisor.userId())
                .query(Long.class)
                .single()));
        int version = 0;
        for (String status : List.of("APPROVED", "IN_REPAIR", "QC_PASSED", "DELIVERED")) {
            int expected = version++;
            step(status, "SERVICE_ADVISOR", () -> transactions.execute(tx -> runtime.sql("""
                            UPDATE workshop.repair_order SET status = :status, version = version + 1
                            WHERE dealer_id = :dealer AND id = :id AND version = :version""")
                    .param("status", status)
                    .param("dealer", dealerId)
                    .param("id", id)
                    .param("version", expected)
                    .update()));
        }
        return id;
    }

    private interface Step {
        RepairOrder on(shinrai.workshop.RepairOrderId id, int version);
    }

    private RepairOrder next(String name, String role, RepairOrder order, Step step) {
        return step(name, role, () -> step.on(order.id(), order.version()));
    }

    private <T> T step(String name, String role, Supplier<T> work) {
        Map<String, List<StatementRecorder.Recorded>> explaining = statementsPerStep;
        if (explaining != null) {
            List<Object> result = new java.util.ArrayList<>(1);
            explaining.put(name, StatementRecorder.record(() -> result.add(as(role).call(work))));
            @SuppressWarnings("unchecked")
            T value = (T) result.get(0);
            return value;
        }
        long start = System.nanoTime();
        T result = as(role).call(work);
        stepTimes.computeIfAbsent(name, n -> new Recorder(3)).recordValue(System.nanoTime() - start);
        committed.increment();
        return result;
    }

    private DealerScope as(String role) {
        DealerScope scope = staff.get(role);
        return scope != null ? scope : DealerScope.systemFor(dealerId);
    }
}

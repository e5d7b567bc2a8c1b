package shinrai.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.StaffId;
import shinrai.parts.Part;
import shinrai.parts.PartNumber;
import shinrai.parts.PartsCatalogue;
import shinrai.reception.DamageMark;
import shinrai.reception.ReceptionRequest;
import shinrai.reception.Receptions;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.ApprovalGiven;
import shinrai.workshop.Bay;
import shinrai.workshop.BayId;
import shinrai.workshop.BayKind;
import shinrai.workshop.Bays;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.CustomerApproval;
import shinrai.workshop.CustomerLinks;
import shinrai.workshop.DiscountDraft;
import shinrai.workshop.DiscountScope;
import shinrai.workshop.Handover;
import shinrai.workshop.ItemResult;
import shinrai.workshop.JobStatus;
import shinrai.workshop.LabourCatalogue;
import shinrai.workshop.LabourOperation;
import shinrai.workshop.LineApproval;
import shinrai.workshop.LineKind;
import shinrai.workshop.PauseReason;
import shinrai.workshop.Payer;
import shinrai.workshop.PaymentMethod;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderLine;
import shinrai.workshop.RepairOrderStatus;
import shinrai.workshop.WorkType;
import shinrai.workshop.Workshop;

/**
 * A busy day in the workshop of the dealer the service lane benchmark prepared, for the HTTP benchmark's repair-lane
 * pages: {@value #ORDERS} walk-in cars received today and taken through the workshop's service layer, each step by the
 * staff member whose job it is, to the stage the day's plan gives it, each job in a bay equipped for it. Opened and being priced, estimated, approved,
 * dispatched, a technician clocked on (one job each, {@value #TECHNICIANS} technicians), paused for parts or for the
 * customer's answer on a supplement, done, through the three checks, delivered, settled: the dispatch board, the daily
 * report and the bills have what a real day gives them.
 *
 * <p>Seven kinds of visit in turn (maintenance, major service, brakes, a flat battery, maintenance with alignment, body
 * and paint on insurance, a warranty repair), with labour and parts from the dealer's catalogues (the operations and
 * parts they need are entered first if missing), a declined recommendation now and then, supplements found during the
 * work, a discount on some bills, and payments by WeChat, Alipay, card and cash.
 *
 * <p>Run again the same day, it tops the day up to {@value #ORDERS} and moves each order of the day on to its stage if
 * an interrupted run left it behind; nothing is created twice. Run on a later day, it first finishes and settles the
 * cars earlier days left in the workshop, as the workshop would, so the board holds one day's cars, not every run's.
 * The day's orders are the walk-ins (no appointment) received by the lane's advisors: the service lane's receptions
 * always have an appointment, the lifecycle benchmark has an advisor of its own.
 */
final class BusyWorkshopDay {

    static final int ORDERS = 120;
    static final int TECHNICIANS = 12;

    /** The stage each order of the day is taken to, in turn: about what a dealer's day looks like at mid-afternoon. */
    private static final List<Stage> PLAN = List.of(
            Stage.SETTLED,
            Stage.OPENED,
            Stage.CLOCKED_ON,
            Stage.SETTLED,
            Stage.ESTIMATED,
            Stage.DELIVERED,
            Stage.APPROVED,
            Stage.SETTLED,
            Stage.PAUSED,
            Stage.CLOCKED_ON,
            Stage.SETTLED,
            Stage.JOBS_DONE,
            Stage.SELF_CHECKED,
            Stage.DELIVERED,
            Stage.SETTLED,
            Stage.DISPATCHED,
            Stage.TEAM_CHECKED,
            Stage.OPENED,
            Stage.QC_PASSED,
            Stage.ESTIMATED);

    private static final List<Visit> VISITS = List.of(
            new Visit(
                    "到保养里程了，保养灯亮了。",
                    null,
                    List.of(
                            Line.labour("M-10K"),
                            Line.part("08880-83264", "1"),
                            Line.part("90915-YZZD2", "1"),
                            Line.part("90430-12031", "1"),
                            Line.part("87139-0N010", "1").because("空调滤芯已发黑，建议更换")),
                    List.of(4),
                    Duration.ofHours(2)),
            new Visit(
                    "四万公里大保养，最近油耗有点高。",
                    null,
                    List.of(
                            Line.labour("M-40K"),
                            Line.part("08880-83264", "1"),
                            Line.part("08880-83322", "1"),
                            Line.part("90915-YZZD2", "1"),
                            Line.part("17801-21050", "1").because("空气滤芯堵塞，影响油耗"),
                            Line.part("87139-0N010", "1"),
                            Line.labour("E-SPARK"),
                            Line.part("90919-01253", "4")),
                    List.of(4),
                    Duration.ofHours(4)),
            new Visit(
                    "刹车时有异响，踩刹车方向盘发抖。",
                    "前刹车片磨损至 2mm，需更换；刹车油含水量 3%，建议更换。",
                    List.of(
                            Line.labour("B-PADF"),
                            Line.part("04465-33471", "1"),
                            Line.labour("B-FLUID").because("刹车油含水量超标"),
                            Line.part("08823-80011", "1").because("刹车油含水量超标")),
                    List.of(2, 3),
                    Duration.ofHours(3)),
            new Visit(
                    "早上打不着火，仪表有故障灯。",
                    "蓄电池老化，静置电压 11.6V，启动电压不足；故障码为低电压引起。",
                    List.of(Line.labour("E-DIAG"), Line.labour("E-BATT"), Line.part("28800-0T140", "1")),
                    List.of(),
                    Duration.ofHours(2)),
            new Visit(
                    "保养，顺便做个四轮定位，高速上有点跑偏。",
                    null,
                    List.of(
                            Line.labour("M-OIL"),
                            Line.part("08880-83264", "1"),
                            Line.part("90915-YZZD2", "1"),
                            Line.labour("S-ALIGN"),
                            Line.part("85222-33180", "2").because("雨刮片老化，刮不干净")),
                    List.of(4),
                    Duration.ofHours(3)),
            new Visit(
                    "倒车时碰到柱子，后保险杠凹陷掉漆，走保险。",
                    "后保险杠右侧凹陷约 10cm，漆面破损，需钣金修复后喷漆。",
                    List.of(
                            Line.labour("P-BUMPR").paidBy(Payer.INSURANCE),
                            Line.labour("P-PANEL").paidBy(Payer.INSURANCE),
                            Line.charge("漆料及辅料", "680.00").paidBy(Payer.INSURANCE)),
                    List.of(),
                    Duration.ofHours(8)),
            new Visit(
                    "后轮刹车异响，车还在保修期内。",
                    "后刹车片异常磨损，卡钳导向销回位不良，属保修范围。",
                    List.of(
                            Line.labour("B-PADR").paidBy(Payer.WARRANTY),
                            Line.part("04466-33180", "1").paidBy(Payer.WARRANTY)),
                    List.of(),
                    Duration.ofHours(3)));

    /** Found during the work: the customer is asked again, by phone or by a link. */
    private static final Line SUPPLEMENT = Line.part("85222-33180", "2").because("施工中发现雨刮片老化开裂");

    private static final List<LabourOperation> OPERATIONS = List.of(
            operation("M-OIL", "更换机油及机油滤清器", WorkType.MAINTENANCE, "0.5"),
            operation("M-10K", "常规保养（1 万公里）", WorkType.MAINTENANCE, "1.0"),
            operation("M-40K", "大保养（4 万公里）", WorkType.MAINTENANCE, "2.5"),
            operation("B-PADF", "更换前刹车片", WorkType.MECHANICAL, "1.2"),
            operation("B-PADR", "更换后刹车片", WorkType.MECHANICAL, "1.0"),
            operation("B-FLUID", "更换刹车油", WorkType.MECHANICAL, "0.8"),
            operation("S-ALIGN", "四轮定位", WorkType.MECHANICAL, "1.0"),
            operation("E-DIAG", "电脑故障诊断", WorkType.MECHANICAL, "0.5"),
            operation("E-SPARK", "更换火花塞", WorkType.MECHANICAL, "0.8"),
            operation("E-BATT", "更换蓄电池", WorkType.MECHANICAL, "0.3"),
            operation("P-BUMPR", "后保险杠钣金修复", WorkType.BODY_AND_PAINT, "3.0"),
            operation("P-PANEL", "单面喷漆", WorkType.BODY_AND_PAINT, "4.0"));

    private static final List<Part> PARTS = List.of(
            part("90915-YZZD2", "机油滤清器", "个", "52.00"),
            part("08880-83264", "全合成机油 0W-20 4L", "桶", "398.00"),
            part("08880-83322", "全合成机油 0W-20 1L", "瓶", "108.00"),
            part("90430-12031", "放油螺塞垫片", "个", "6.00"),
            part("17801-21050", "空气滤清器滤芯", "个", "128.00"),
            part("87139-0N010", "空调滤清器滤芯", "个", "158.00"),
            part("04465-33471", "前刹车片", "套", "680.00"),
            part("04466-33180", "后刹车片", "套", "520.00"),
            part("08823-80011", "刹车油 DOT 4", "瓶", "88.00"),
            part("90919-01253", "火花塞", "个", "118.00"),
            part("28800-0T140", "蓄电池", "个", "980.00"),
            part("85222-33180", "雨刮片", "条", "98.00"));

    /** A workshop for 120 cars a day: four express lanes, six lifts, alignment, high voltage, body and paint, wash. */
    private static final List<Map.Entry<String, BayKind>> BAYS = List.of(
            Map.entry("快保1", BayKind.EXPRESS_SERVICE),
            Map.entry("快保2", BayKind.EXPRESS_SERVICE),
            Map.entry("快保3", BayKind.EXPRESS_SERVICE),
            Map.entry("快保4", BayKind.EXPRESS_SERVICE),
            Map.entry("1号工位", BayKind.GENERAL_REPAIR),
            Map.entry("2号工位", BayKind.GENERAL_REPAIR),
            Map.entry("3号工位", BayKind.GENERAL_REPAIR),
            Map.entry("4号工位", BayKind.GENERAL_REPAIR),
            Map.entry("5号工位", BayKind.GENERAL_REPAIR),
            Map.entry("6号工位", BayKind.GENERAL_REPAIR),
            Map.entry("四轮定位", BayKind.ALIGNMENT),
            Map.entry("新能源工位", BayKind.ELECTRIC_VEHICLE),
            Map.entry("钣金1", BayKind.BODY),
            Map.entry("钣金2", BayKind.BODY),
            Map.entry("打磨1", BayKind.PAINT_PREPARATION),
            Map.entry("烤漆房", BayKind.PAINT_BOOTH),
            Map.entry("洗车位", BayKind.WASH_AND_DETAILING));

    private static final List<PaymentMethod> PAYMENTS =
            List.of(PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY, PaymentMethod.CARD, PaymentMethod.WECHAT_PAY,
                    PaymentMethod.CASH);

    private static final List<DamageMark> DAMAGE = List.of(
            new DamageMark(new BigDecimal("18.5"), new BigDecimal("72.0"), DamageMark.Kind.SCRATCH, "右后门划痕"),
            new DamageMark(new BigDecimal("81.0"), new BigDecimal("15.5"), DamageMark.Kind.CHIP, "前挡风玻璃石击"));

    private final ServiceLaneBenchmark lane;
    private final Workshop workshop;
    private final Receptions receptions;
    private final CustomerLinks links;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final ThreadPoolTaskExecutor afterCommit;
    private final JdbcClient owner;
    private final Clock clock;
    private final Map<Role, List<Long>> staff = new EnumMap<>(Role.class);
    private final Map<BayKind, List<BayId>> bays = new EnumMap<>(BayKind.class);
    private final byte[] signature = signature();

    LocalDate day;
    private ZoneId zone;
    private int steps;

    /** The staff of a workshop beside the lane's advisors and technicians, by the role each plays here. */
    enum Role {
        ADVISOR,
        TECHNICIAN,
        FOREMAN,
        QC_INSPECTOR,
        CASHIER,
        MANAGER
    }

    /** How far the day's plan takes an order, in the order the workshop goes. */
    enum Stage {
        NEW,
        OPENED,
        ESTIMATED,
        APPROVED,
        DISPATCHED,
        CLOCKED_ON,
        PAUSED,
        JOBS_DONE,
        SELF_CHECKED,
        TEAM_CHECKED,
        QC_PASSED,
        DELIVERED,
        SETTLED
    }

    /** An order of the day as the load asks for it. */
    record Order(long id, String number, RepairOrderStatus status, String progressPath) {}

    BusyWorkshopDay(ServiceLaneBenchmark lane, ConfigurableApplicationContext app) {
        this.lane = lane;
        this.workshop = app.getBean(Workshop.class);
        this.receptions = app.getBean(Receptions.class);
        this.links = app.getBean(CustomerLinks.class);
        this.customers = app.getBean(CustomerBook.class);
        this.vehicles = app.getBean(VehicleRegister.class);
        this.afterCommit = app.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        this.owner = lane.owner;
        this.clock = app.getBean(Clock.class);
        this.zone = DealerScope.systemFor(lane.dealerId)
                .call(() -> app.getBean(DealerDirectory.class).current().zone());
        this.day = clock.instant().atZone(zone).toLocalDate();
        DealerScope.systemFor(lane.dealerId).run(() -> {
            catalogues(app);
            bays(app.getBean(Bays.class));
        });
    }

    /**
     * The workshop's staff: the lane's advisors, its technicians and six more (a dealer taking 120 cars a day has a
     * dozen), a foreman, a QC inspector, a cashier and the service manager, added by the schema owner the first time
     * as the lane adds its own. Those who sign in to the benchmark get its password.
     */
    void staff(PasswordEncoder passwords, String password) {
        String prefix = lane.dealerCode.toLowerCase(Locale.ROOT);
        staff.put(Role.ADVISOR, lane.advisors);
        List<Long> technicians = new ArrayList<>();
        for (int i = 1; i <= TECHNICIANS; i++) {
            technicians.add(account(prefix + ".technician" + i, "技师" + i, "TECHNICIAN"));
        }
        staff.put(Role.TECHNICIAN, technicians);
        staff.put(Role.FOREMAN, List.of(account(prefix + ".foreman1", "车间主管1", "FOREMAN")));
        staff.put(Role.QC_INSPECTOR, List.of(account(prefix + ".qc1", "质检员1", "QC_INSPECTOR")));
        staff.put(Role.CASHIER, List.of(account(prefix + ".cashier1", "收银员1", "CASHIER")));
        staff.put(Role.MANAGER, List.of(account(prefix + ".manager1", "服务经理1", "SERVICE_MANAGER")));
        String hash = passwords.encode(password);
        for (Role role : List.of(Role.FOREMAN, Role.MANAGER)) {
            owner.sql("UPDATE dealer.user_account SET password_hash = :hash WHERE id = :id")
                    .param("hash", hash)
                    .param("id", staff.get(role).get(0))
                    .update();
        }
    }

    String username(Role role) {
        return owner.sql("SELECT username FROM dealer.user_account WHERE id = :id")
                .param("id", staff.get(role).get(0))
                .query(String.class)
                .single();
    }

    /**
     * Finishes the cars earlier days left in the workshop, then takes every order of today to its stage and receives
     * cars until the day holds {@value #ORDERS}; answers today's orders in the order they were opened.
     */
    List<Order> prepare() {
        long started = System.nanoTime();
        List<Placed> leftOver = finishLeftOver("opened_at < :from");
        List<Placed> today = orders("opened_at >= :from AND opened_at < :to");
        int existing = today.size();
        for (Placed order : today) {
            advance(order.id(), order.n(), PLAN.get(order.n() % PLAN.size()));
        }
        if (existing < ORDERS) {
            List<ServiceLaneBenchmark.Car> cars = cars(ORDERS - existing);
            for (int n = existing; n < ORDERS; n++) {
                long id = receive(cars.get(n - existing), n);
                advance(id, n, PLAN.get(n % PLAN.size()));
            }
        }
        settle();
        analyze();
        List<Order> orders = orders("opened_at >= :from AND opened_at < :to").stream()
                .map(placed -> as(Role.ADVISOR, 0, () -> {
                    RepairOrder order = workshop.get(new shinrai.workshop.RepairOrderId(placed.id()));
                    String path = links.progressLink(order.id(), "").url();
                    return new Order(placed.id(), order.number(), order.status(), path);
                }))
                .toList();
        System.out.printf(
                Locale.ROOT,
                "Busy workshop day %s: %d orders (%d received now, %d left over from earlier days finished), %d steps"
                        + " in %.1f s; by status %s%n",
                day,
                orders.size(),
                Math.max(0, ORDERS - existing),
                leftOver.size(),
                steps,
                (System.nanoTime() - started) / 1e9,
                orders.stream()
                        .collect(java.util.stream.Collectors.groupingBy(
                                Order::status, () -> new EnumMap<>(RepairOrderStatus.class),
                                java.util.stream.Collectors.counting())));
        return orders;
    }

    /** The walk-ins still in the workshop that were opened as the condition says, finished and settled. */
    private List<Placed> finishLeftOver(String opened) {
        List<Placed> leftOver = orders(opened + " AND status NOT IN ('DELIVERED', 'SETTLED')");
        for (Placed order : leftOver) {
            advance(order.id(), order.n(), Stage.SETTLED);
        }
        return leftOver;
    }

    /** An order of the walk-ins and its place among those of its day, which gives its visit and stage. */
    record Placed(long id, int n) {}

    /** The walk-ins of the lane's advisors matching the condition, oldest first, each with its place in its day. */
    private List<Placed> orders(String condition) {
        return owner.sql("""
                        SELECT id, n FROM (
                            SELECT o.id, o.opened_at, o.status,
                                   row_number() OVER (PARTITION BY (o.opened_at AT TIME ZONE :zone)::date
                                                      ORDER BY o.id) - 1 AS n
                            FROM workshop.repair_order o
                            WHERE o.dealer_id = :dealer AND o.appointment_id IS NULL
                              AND o.advisor_id IN (:advisors)) walk_in
                        """ + "WHERE " + condition + " ORDER BY id")
                .param("dealer", lane.dealerId)
                .param("advisors", lane.advisors)
                .param("zone", zone.getId())
                .param("from", Timestamp.from(day.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, row) -> new Placed(rs.getLong(1), rs.getInt(2)))
                .list();
    }

    /**
     * Cars of the dealer never in its workshop and not among the lane's, in an order of their own that is the same
     * on every run.
     */
    private List<ServiceLaneBenchmark.Car> cars(int wanted) {
        Set<Long> lanes = lane.carsInUse();
        List<ServiceLaneBenchmark.Car> cars = owner.sql("""
                        SELECT id, owner_id FROM vehicle.vehicle v
                        WHERE dealer_id = :dealer AND owner_id IS NOT NULL
                          AND NOT EXISTS (SELECT 1 FROM workshop.repair_order r
                                          WHERE r.dealer_id = v.dealer_id AND r.vehicle_id = v.id)
                        ORDER BY md5('workshop day ' || id) LIMIT :n""")
                .param("dealer", lane.dealerId)
                .param("n", wanted + lanes.size())
                .query((rs, row) -> new ServiceLaneBenchmark.Car(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .filter(car -> !lanes.contains(car.vehicleId()))
                .limit(wanted)
                .toList();
        if (cars.size() < wanted) {
            throw new IllegalStateException("Dealer " + lane.dealerCode + " has " + cars.size() + " cars left, "
                    + wanted + " needed");
        }
        return cars;
    }

    /** A walk-in received at the desk by the order's advisor: the odometer, the marks on the body, the order opened. */
    private long receive(ServiceLaneBenchmark.Car car, int n) {
        Visit visit = VISITS.get(n % VISITS.size());
        return as(Role.ADVISOR, n, () -> {
            int last = vehicles.lastReading(car.vehicleId())
                    .map(OdometerReading::kilometres)
                    .orElse(18_000 + n * 731 % 60_000);
            boolean replaced = last + 5_000 > 2_000_000;
            steps++;
            return receptions
                    .receive(new ReceptionRequest(
                            null,
                            car.vehicleId(),
                            visit.words(),
                            replaced ? 5_000 : last + 2_000 + n * 37 % 3_000,
                            replaced,
                            2 + n % 7,
                            n % 3 == 0 ? "行车记录仪、雨伞" : "",
                            n % 4 == 0 ? DAMAGE : List.of(),
                            true,
                            true,
                            true))
                    .repairOrderId();
        });
    }

    /**
     * Takes the order one step at a time, each by whoever does it in a workshop and each its own transaction, until
     * it reaches {@code target}.
     */
    private void advance(long id, int n, Stage target) {
        Visit visit = VISITS.get(n % VISITS.size());
        RepairOrder order = as(Role.ADVISOR, n, () -> workshop.get(new shinrai.workshop.RepairOrderId(id)));
        while (stage(order, visit).compareTo(target) < 0) {
            order = next(order, n, visit, target);
            steps++;
        }
    }

    private Stage stage(RepairOrder order, Visit visit) {
        return switch (order.status()) {
            case OPENED ->
                order.lines().size() < visit.lines().size()
                                || visit.diagnosis() != null && order.diagnosis().isBlank()
                        ? Stage.NEW
                        : Stage.OPENED;
            case ESTIMATED -> Stage.ESTIMATED;
            case APPROVED -> jobs(order).stream().allMatch(job -> job.technician() != null)
                    ? Stage.DISPATCHED
                    : Stage.APPROVED;
            case IN_REPAIR -> {
                if (jobs(order).stream().anyMatch(job -> job.job() == JobStatus.IN_PROGRESS)) {
                    yield Stage.CLOCKED_ON;
                }
                yield jobs(order).stream().allMatch(job -> job.job() == JobStatus.DONE)
                                && order.lines().stream().noneMatch(this::waitsForCustomer)
                        ? Stage.JOBS_DONE
                        : Stage.PAUSED;
            }
            case SELF_CHECKED -> Stage.SELF_CHECKED;
            case TEAM_CHECKED -> Stage.TEAM_CHECKED;
            case QC_PASSED -> Stage.QC_PASSED;
            case DELIVERED -> Stage.DELIVERED;
            case SETTLED -> Stage.SETTLED;
        };
    }

    /** The next step for the order towards {@code target}, by the one whose step it is. */
    private RepairOrder next(RepairOrder order, int n, Visit visit, Stage target) {
        var id = order.id();
        int v = order.version();
        return switch (order.status()) {
            case OPENED -> {
                if (visit.diagnosis() != null && order.diagnosis().isBlank()) {
                    yield as(Role.ADVISOR, n, () -> workshop.diagnose(id, v, visit.diagnosis()));
                }
                if (order.lines().size() < visit.lines().size()) {
                    Line line = visit.lines().get(order.lines().size());
                    yield as(Role.ADVISOR, n, () -> add(order, line));
                }
                Instant promised = clock.instant().plus(visit.duration());
                yield as(Role.ADVISOR, n, () -> workshop.estimate(id, v, promised));
            }
            case ESTIMATED -> {
                List<Integer> declined = n % 3 == 1
                        ? visit.optional().stream().map(i -> i + 1).toList()
                        : List.of();
                ApprovalGiven given = approval(order, n);
                yield as(Role.ADVISOR, n, () -> workshop.approve(id, v, given, declined));
            }
            case APPROVED, IN_REPAIR -> inRepair(order, n, target);
            case SELF_CHECKED -> as(Role.FOREMAN, 0, () -> check(order, CheckLevel.TEAM_LEADER));
            case TEAM_CHECKED -> as(Role.QC_INSPECTOR, 0, () -> check(order, CheckLevel.FINAL));
            case QC_PASSED -> {
                if (order.washed() == null) {
                    yield as(Role.ADVISOR, n, () -> workshop.recordCleanUp(id, v, true, n % 5 != 3));
                }
                boolean customerLabour = order.lines().stream()
                        .anyMatch(line -> line.isJob()
                                && line.approval() == LineApproval.APPROVED
                                && line.payer() == Payer.CUSTOMER);
                if (n % 4 == 0 && order.discounts().isEmpty() && customerLabour) {
                    DiscountDraft draft = new DiscountDraft(DiscountScope.LABOUR, new BigDecimal("10"), null, "老客户工时九折");
                    yield as(Role.ADVISOR, n, () -> workshop.grantDiscount(id, v, draft));
                }
                Handover handover = new Handover(true, true, n % 7 == 0 ? null : 4 + n % 2, n % 7 == 0 ? null : 5);
                yield as(Role.ADVISOR, n, () -> workshop.deliver(id, v, handover));
            }
            case DELIVERED -> {
                Money due = order.balanceDue();
                if (due.isZero()) {
                    yield as(Role.CASHIER, 0, () -> workshop.settleWithoutPayment(id, v));
                }
                PaymentMethod method = PAYMENTS.get(n / 2 % PAYMENTS.size());
                String reference = method == PaymentMethod.CASH ? "" : "4200" + String.format(Locale.ROOT, "%012d", id.value());
                yield as(Role.CASHIER, 0, () -> workshop.takePayment(id, v, method, due, reference));
            }
            case SETTLED -> throw new IllegalStateException(order.number() + " is settled already");
        };
    }

    /**
     * The workshop's part: the foreman gives each job to the order's technician, who clocks on and off job after job;
     * a supplement found during the work waits for the customer's answer (the job paused for it) or is approved by
     * phone; then the technician's own check.
     */
    private RepairOrder inRepair(RepairOrder order, int n, Stage target) {
        var id = order.id();
        int v = order.version();
        long technician = technicianOf(n);
        Optional<RepairOrderLine> unassigned =
                jobs(order).stream().filter(job -> job.technician() == null).findFirst();
        if (unassigned.isPresent()) {
            StaffId to = new StaffId(technician);
            RepairOrderLine job = unassigned.get();
            BayId bay = bayFor(n, job.code(), job.number() == jobs(order).get(0).number());
            return as(Role.FOREMAN, 0, () -> workshop.dispatch(id, v, job.number(), to, bay));
        }
        Optional<RepairOrderLine> running =
                jobs(order).stream().filter(job -> job.job() == JobStatus.IN_PROGRESS).findFirst();
        if (running.isPresent()) {
            int line = running.get().number();
            long by = running.get().technician().value();
            if (target == Stage.PAUSED) {
                boolean supplement = n / PLAN.size() % 2 == 0;
                RepairOrder paused = asStaff(by, () -> workshop.clockOff(
                        id, v, line, supplement ? PauseReason.WAITING_FOR_APPROVAL : PauseReason.WAITING_FOR_PARTS));
                return supplement ? as(Role.ADVISOR, n, () -> add(paused, SUPPLEMENT)) : paused;
            }
            return asStaff(by, () -> workshop.clockOff(id, v, line, null));
        }
        if (order.lines().stream().anyMatch(this::waitsForCustomer)) {
            ApprovalGiven given = approval(order, n);
            return as(Role.ADVISOR, n, () -> workshop.approve(id, v, given, List.of()));
        }
        boolean supplementDue = n % 5 == 2 && order.lines().stream().noneMatch(RepairOrderLine::supplement);
        if (supplementDue && order.status() == RepairOrderStatus.IN_REPAIR) {
            return as(Role.ADVISOR, n, () -> add(order, SUPPLEMENT));
        }
        Optional<RepairOrderLine> toDo =
                jobs(order).stream().filter(job -> job.job() != JobStatus.DONE).findFirst();
        if (toDo.isPresent()) {
            int line = toDo.get().number();
            return asStaff(toDo.get().technician().value(), () -> workshop.clockOn(id, v, line));
        }
        return asStaff(technician, () -> check(order, CheckLevel.SELF));
    }

    private boolean waitsForCustomer(RepairOrderLine line) {
        return line.supplement() && line.approval() == LineApproval.PROPOSED;
    }

    /**
     * The technician of the order's jobs: those clocked on at this moment each have a technician of their own, as
     * nobody works on two cars at once; the others share them in turn.
     */
    private long technicianOf(int n) {
        List<Long> technicians = staff.get(Role.TECHNICIAN);
        if (PLAN.get(n % PLAN.size()) == Stage.CLOCKED_ON) {
            int clockedOnBefore = 0;
            for (int i = 0; i < n; i++) {
                if (PLAN.get(i % PLAN.size()) == Stage.CLOCKED_ON) {
                    clockedOnBefore++;
                }
            }
            return technicians.get(clockedOnBefore % technicians.size());
        }
        return technicians.get(n * 5 % technicians.size());
    }

    /**
     * The bay a job goes in: one equipped for its work, and for the job clocked on in the day's plan one that no other
     * car running at the same time is in (the day's plan has as many as the workshop has bays of each kind).
     */
    private @Nullable BayId bayFor(int n, @Nullable String operation, boolean firstJob) {
        BayKind kind = bayKind(operation);
        List<BayId> pool = bays.getOrDefault(kind, List.of());
        if (pool.isEmpty()) {
            return null;
        }
        int index = n;
        if (firstJob && PLAN.get(n % PLAN.size()) == Stage.CLOCKED_ON) {
            index = 0;
            for (int i = 0; i < n; i++) {
                if (PLAN.get(i % PLAN.size()) == Stage.CLOCKED_ON && bayKind(firstJob(i)) == kind) {
                    index++;
                }
            }
        }
        return pool.get(index % pool.size());
    }

    private static @Nullable String firstJob(int n) {
        return VISITS.get(n % VISITS.size()).lines().stream()
                .filter(line -> line.kind() == LineKind.LABOUR)
                .map(Line::code)
                .findFirst()
                .orElse(null);
    }

    private static BayKind bayKind(@Nullable String operation) {
        if (operation == null) {
            return BayKind.GENERAL_REPAIR;
        }
        return switch (operation) {
            case "M-OIL", "M-10K" -> BayKind.EXPRESS_SERVICE;
            case "S-ALIGN" -> BayKind.ALIGNMENT;
            case "P-BUMPR" -> BayKind.BODY;
            case "P-PANEL" -> BayKind.PAINT_BOOTH;
            default -> BayKind.GENERAL_REPAIR;
        };
    }

    private RepairOrder add(RepairOrder order, Line line) {
        var id = order.id();
        int v = order.version();
        return switch (line.kind()) {
            case LABOUR -> workshop.addLabour(id, v, line.code(), line.payer(), line.reason());
            case PART ->
                workshop.addPart(id, v, PartNumber.of(line.code()), new BigDecimal(line.quantity()), line.payer(),
                        line.reason());
            default ->
                workshop.addCharge(id, v, line.kind(), line.code(), Money.yuan(line.quantity()), line.payer(),
                        line.reason());
        };
    }

    /** Every item of the level's checklist ticked, as the page sends it. */
    private RepairOrder check(RepairOrder order, CheckLevel level) {
        List<ItemResult> allOk = workshop.checklist(order, level).stream()
                .map(item -> new ItemResult(item.ref(), true, ""))
                .toList();
        return workshop.passCheck(order.id(), order.version(), level, allOk, "", List.of());
    }

    /** Two customers in three sign on the desk's tablet, the third agrees on the phone. */
    private ApprovalGiven approval(RepairOrder order, int n) {
        Customer customer = as(Role.ADVISOR, n, () -> customers.get(order.customer().value()));
        String name = customer.name().length() > 40 ? customer.name().substring(0, 40) : customer.name();
        if (n % 3 == 2 && customer.primaryMobile() != null) {
            return new ApprovalGiven(
                    CustomerApproval.Method.PHONE_CALL, name, customer.primaryMobile().national(), null);
        }
        return new ApprovalGiven(CustomerApproval.Method.SIGNATURE, name, null, signature);
    }

    private List<RepairOrderLine> jobs(RepairOrder order) {
        return order.lines().stream()
                .filter(line -> line.isJob() && line.approval() == LineApproval.APPROVED)
                .toList();
    }

    private <T> T as(Role role, int n, Supplier<T> work) {
        List<Long> members = staff.get(role);
        return asStaff(members.get(n % members.size()), work);
    }

    private <T> T asStaff(long member, Supplier<T> work) {
        return new DealerScope(member, "bench", lane.dealerId, null).call(work);
    }

    /** The operations and parts the day's visits need, entered as the dealer's staff would when they are missing. */
    private static void catalogues(ConfigurableApplicationContext app) {
        LabourCatalogue labour = app.getBean(LabourCatalogue.class);
        OPERATIONS.stream().filter(o -> labour.find(o.code()).isEmpty()).forEach(labour::save);
        PartsCatalogue parts = app.getBean(PartsCatalogue.class);
        PARTS.stream().filter(p -> parts.find(p.number()).isEmpty()).forEach(parts::save);
    }

    /** The workshop's bays, entered as the service manager would when the dealer has none; those in service by kind. */
    private void bays(Bays dealerBays) {
        if (dealerBays.all().isEmpty()) {
            BAYS.forEach(bay -> dealerBays.add(bay.getKey(), bay.getValue()));
        }
        for (Bay bay : dealerBays.active()) {
            bays.computeIfAbsent(bay.kind(), kind -> new ArrayList<>()).add(bay.id());
        }
    }

    private long account(String username, String name, String role) {
        owner.sql("""
                        INSERT INTO dealer.user_account
                            (dealer_id, network_id, username, display_name, password_hash, roles)
                        SELECT id, network_id, :username, :name, 'not-for-sign-in', ARRAY[:role]
                        FROM dealer.dealer WHERE id = :dealer
                        ON CONFLICT ((lower(username))) DO NOTHING""")
                .param("dealer", lane.dealerId)
                .param("username", username)
                .param("name", name)
                .param("role", role)
                .update();
        return owner.sql("SELECT id FROM dealer.user_account WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(Long.class)
                .single();
    }

    /** Waits, at most half a minute, for what the commits handed to the asynchronous executor. */
    private void settle() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((afterCommit.getActiveCount() > 0 || afterCommit.getQueueSize() > 0) && System.nanoTime() < until) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /**
     * The statistics a dealer with a history has: this dealer's day was made in half a minute, and on statistics
     * taken before it the planner believes the dealer has no orders and joins the board's jobs by scanning every
     * line of the dealer once per job (measured: the board's query 88–180 ms, 8.7 ms once analyzed).
     */
    private void analyze() {
        owner.sql("""
                        ANALYZE workshop.repair_order, workshop.repair_order_line, workshop.time_entry,
                            workshop.quality_check, workshop.payment, workshop.customer_approval""")
                .update();
    }

    /** A signature as the desk's tablet sends it: a stroke of ink on white, as a PNG. */
    private static byte[] signature() {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pen = image.createGraphics();
        try {
            pen.setColor(Color.WHITE);
            pen.fillRect(0, 0, image.getWidth(), image.getHeight());
            pen.setColor(Color.BLACK);
            pen.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            pen.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D stroke = new Path2D.Double();
            stroke.moveTo(20, 80);
            stroke.curveTo(60, 10, 90, 110, 130, 60);
            stroke.curveTo(160, 20, 180, 100, 220, 55);
            stroke.curveTo(250, 25, 300, 95, 340, 40);
            pen.draw(stroke);
        } finally {
            pen.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static LabourOperation operation(String code, String name, WorkType type, String hours) {
        return new LabourOperation(code, name, type, new BigDecimal(hours), true);
    }

    private static Part part(String number, String name, String unit, String price) {
        return new Part(PartNumber.of(number), name, unit, Money.yuan(price), null);
    }

    /**
     * A kind of visit: what the customer says, the advisor's diagnosis (if the words need one), the lines priced, and
     * which of them (indexes) a customer may decline.
     */
    record Visit(String words, @Nullable String diagnosis, List<Line> lines, List<Integer> optional, Duration duration) {}

    /**
     * A line as the advisor enters it: a labour operation's code, a part number and quantity, or another charge's
     * description and price.
     */
    record Line(LineKind kind, String code, String quantity, Payer payer, String reason) {

        static Line labour(String code) {
            return new Line(LineKind.LABOUR, code, "1", Payer.CUSTOMER, "");
        }

        static Line part(String number, String quantity) {
            return new Line(LineKind.PART, number, quantity, Payer.CUSTOMER, "");
        }

        static Line charge(String description, String price) {
            return new Line(LineKind.OTHER, description, price, Payer.CUSTOMER, "");
        }

        Line paidBy(Payer by) {
            return new Line(kind, code, quantity, by, reason);
        }

        Line because(String why) {
            return new Line(kind, code, quantity, payer, why);
        }
    }
}

package shinrai.workshop;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.CustomersWithCars;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;

/**
 * Repair orders in the demo dealer D001's database at each stage of the lane, each step done through
 * {@link Workshop} by the demo account whose job it is: the advisor opens, estimates and records approval, the foreman
 * dispatches, the technician clocks, the three levels check, the cashier takes payment.
 */
public final class WorkshopFixtures {

    static final long D001 = 1;
    private static final AtomicInteger CARS = new AtomicInteger();

    private final Workshop workshop;
    private final CustomersWithCars cars;
    private final JdbcClient jdbc;
    private final Clock clock;

    public WorkshopFixtures(
            Workshop workshop, CustomerBook customers, VehicleRegister vehicles, DataSource app, Clock clock) {
        this.workshop = workshop;
        this.cars = new CustomersWithCars(customers, vehicles);
        this.jdbc = JdbcClient.create(app);
        this.clock = clock;
    }

    public Workshop workshop() {
        return workshop;
    }

    /** The demo account's scope at D001: {@code advisor}, {@code foreman}, {@code technician}, ... */
    public DealerScope as(String username) {
        return new DealerScope(staffId(username).value(), username, D001, null);
    }

    public StaffId staffId(String username) {
        return DealerScope.systemFor(D001)
                .call(() -> new StaffId(jdbc.sql("SELECT id FROM dealer.user_account WHERE username = :username")
                        .param("username", username)
                        .query(Long.class)
                        .single()));
    }

    /** A new customer's car, received by the advisor: an order with no lines yet. */
    public RepairOrder opened() {
        int unique = (int) ((System.nanoTime() / 1000 + CARS.incrementAndGet()) % 1_000_000);
        CustomersWithCars.Registered car = cars.register(
                as("advisor"),
                "王修车",
                null,
                String.format("1971%07d", unique),
                "",
                String.format("LFMB12340NP%06d", unique),
                String.format("粤B%05d", unique % 100_000));
        return as("advisor")
                .call(() -> workshop.open(new RepairOrderOpening(
                        new CustomerId(car.customerId()),
                        new VehicleId(car.vehicleId()),
                        staffId("advisor"),
                        null,
                        "到保养里程了，顺便看看刹车有异响",
                        40_000)));
    }

    /** The same car back for another visit: a new order of the customer's. */
    public RepairOrder nextVisit(RepairOrder earlier) {
        return as("advisor")
                .call(() -> workshop.open(new RepairOrderOpening(
                        earlier.customer(), earlier.vehicle(), staffId("advisor"), null, "上次没换的机油这次换", 45_000)));
    }

    /** An oil change (line 1, labour), its filter (2) and oil (3), estimated for four hours from now. */
    public RepairOrder estimated() {
        RepairOrder order = opened();
        return as("advisor").call(() -> {
            RepairOrder o = workshop.addLabour(order.id(), order.version(), "M-OIL", Payer.CUSTOMER, "");
            o = workshop.addPart(
                    o.id(),
                    o.version(),
                    shinrai.parts.PartNumber.of("90915-YZZD2"),
                    java.math.BigDecimal.ONE,
                    Payer.CUSTOMER,
                    "");
            o = workshop.addPart(
                    o.id(),
                    o.version(),
                    shinrai.parts.PartNumber.of("08880-83264"),
                    java.math.BigDecimal.ONE,
                    Payer.CUSTOMER,
                    "");
            return workshop.estimate(o.id(), o.version(), clock.instant().plus(Duration.ofHours(4)));
        });
    }

    public RepairOrder approved() {
        RepairOrder order = estimated();
        return as("advisor")
                .call(() -> workshop.approve(
                        order.id(),
                        order.version(),
                        new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王修车", "19712345678", null),
                        List.of()));
    }

    /** The oil change dispatched to the demo technician, who clocked on and finished it. */
    public RepairOrder repaired() {
        RepairOrder approved = approved();
        RepairOrder dispatched = as("foreman")
                .call(() -> workshop.dispatch(approved.id(), approved.version(), 1, staffId("technician")));
        return as("technician").call(() -> {
            RepairOrder on = workshop.clockOn(dispatched.id(), dispatched.version(), 1);
            return workshop.clockOff(on.id(), on.version(), 1, null);
        });
    }

    public RepairOrder passedFinalCheck() {
        RepairOrder repaired = repaired();
        RepairOrder self = passCheck("technician", repaired, CheckLevel.SELF, "");
        RepairOrder team = passCheck("foreman", self, CheckLevel.TEAM_LEADER, "");
        return passCheck("inspector", team, CheckLevel.FINAL, "试车正常");
    }

    /** The level of the check passed by the demo account, every item of its checklist ticked in order. */
    public RepairOrder passCheck(String username, RepairOrder order, CheckLevel level, String notes) {
        return as(username)
                .call(() -> workshop.passCheck(
                        order.id(), order.version(), level, allOk(order.id(), level), notes, List.of()));
    }

    /** Every item of the checklist of the level for the work on the order, ticked in order. */
    public List<ItemResult> allOk(RepairOrderId order, CheckLevel level) {
        return as("advisor")
                .call(() -> workshop.checklist(order, level).stream()
                        .map(item -> new ItemResult(item.ref(), true, ""))
                        .toList());
    }

    /** A small real PNG, as a tablet's camera would send a photo (only smaller). */
    public static byte[] aPhoto() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xCC0000);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", png);
        } catch (java.io.IOException impossibleInMemory) {
            throw new java.io.UncheckedIOException(impossibleInMemory);
        }
        return png.toByteArray();
    }

    /**
     * The estimate approved by the customer's signature on the desk's tablet ({@link #aPhoto()}, a real PNG), recorded
     * by the advisor.
     */
    public RepairOrder signed() {
        RepairOrder order = estimated();
        return as("advisor")
                .call(() -> workshop.approve(
                        order.id(),
                        order.version(),
                        new ApprovalGiven(CustomerApproval.Method.SIGNATURE, "王修车", null, aPhoto()),
                        List.of()));
    }

    /**
     * The advisor sends the customer the link for the supplements waiting on the order, and the customer answers it
     * on their phone from {@code clientIp}: the lines in {@code declined} declined, the others approved.
     */
    public RepairOrder answeredByLink(
            RepairOrder order,
            CustomerLinks links,
            shinrai.dealer.PublicLinks tokens,
            List<Integer> declined,
            String clientIp,
            String userAgent) {
        CustomerLinks.SentLink sent =
                as("advisor").call(() -> links.sendSupplementLink(order.id(), "https://dealer.example"));
        String url = sent.link().url();
        shinrai.dealer.PublicLink link = tokens.verify(
                url.substring(url.lastIndexOf('/') + 1), shinrai.dealer.PublicLink.Purpose.SUPPLEMENT_APPROVAL);
        return DealerScope.systemFor(D001)
                .call(() -> workshop.answerSupplementLink(link, order.version(), declined, clientIp, userAgent));
    }

    public RepairOrder delivered() {
        RepairOrder checked = passedFinalCheck();
        return as("advisor").call(() -> {
            RepairOrder cleaned = workshop.recordCleanUp(checked.id(), checked.version(), true, true);
            return workshop.deliver(cleaned.id(), cleaned.version(), new Handover(true, true, 5, 5));
        });
    }
}

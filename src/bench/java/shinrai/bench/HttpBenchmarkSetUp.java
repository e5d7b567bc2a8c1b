package shinrai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import shinrai.appointment.Appointment;
import shinrai.workshop.RepairOrderStatus;

/**
 * Prepares the HTTP benchmark on the network {@link GenerateNetwork} made, in the service lane benchmark's way (the
 * dealer's staff, generous booking rules, a busy day of 200 bookings), then writes what the load generator sends:
 * the sign-in of the first service advisor (given a password here; generated accounts have none), and CSV files of
 * real values: search queries by kind, customers for the 360 page, the busy day's cars for reception's briefing, and
 * bookings for the booking API on days emptied first (as the JMH booking benchmarks empty them). For the repair lane:
 * a busy day in the workshop today ({@link BusyWorkshopDay}), the sign-ins of its foreman and service manager, and its
 * orders, bills, progress links, the cars on the dispatch board and the day of the daily report.
 *
 * <p>Runs in-process like the JMH benchmarks and stops before the packaged application is started on the same
 * folder: {@code ./mvnw -Pbench,http-bench ...} (see the README).
 */
public final class HttpBenchmarkSetUp {

    /** Not a secret: the benchmark's own data folder, never a store's. The foreman and the manager have it too. */
    static final String PASSWORD = "bench-Advisor-7e4b";

    private static final int CUSTOMERS = 1000;
    private static final int BOOKINGS = 20_000;

    private HttpBenchmarkSetUp() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(System.getProperty("bench.http-dir", "target/http-bench"));
        Files.createDirectories(out);
        ServiceLaneBenchmark lane = new ServiceLaneBenchmark();
        try (ConfigurableApplicationContext app = BenchApplication.start()) {
            lane.prepare(app);
            lane.clearBookingDays();
            String username = signInFor(lane, app.getBean(PasswordEncoder.class));
            write(out.resolve("account.csv"), "username,password", List.of(username + "," + PASSWORD));
            Map<String, List<String>> searches = SearchBenchmark.samples(lane.owner, lane.dealerId);
            searches.forEach((kind, values) -> write(out.resolve("search-" + kind + ".csv"), "q", values));
            write(out.resolve("search-mixed.csv"), "q", mixed(searches));
            write(out.resolve("customers.csv"), "customerId", customers(lane));
            write(
                    out.resolve("briefings.csv"),
                    "day,vehicleId,appointmentId",
                    lane.busyDayAppointments.stream()
                            .map(a -> lane.busyDay + "," + a.vehicleId() + "," + a.id())
                            .toList());
            write(out.resolve("bookings.csv"), "customerId,vehicleId,day,time", bookings(lane));
            workshopDay(lane, app, out);
            System.out.printf(
                    Locale.ROOT,
                    "HTTP benchmark prepared in %s: dealer %s, advisor %s, busy day %s (%d bookings)%n",
                    out.toAbsolutePath(),
                    lane.dealerCode,
                    username,
                    lane.busyDay,
                    lane.busyDayAppointments.size());
        }
    }

    /**
     * The repair lane's pages: today's busy workshop ({@link BusyWorkshopDay}) and the sign-ins of the foreman (the
     * dispatch board) and the service manager (the daily report); the orders of the day for the repair order page and
     * its API, the delivered ones for the bill, their progress links as {@code CustomerLinks} makes them (the path,
     * after wherever customers reach the server), the numbers of the cars being repaired, which the board shows, and
     * the day with the name of an advisor the report lists.
     */
    private static void workshopDay(ServiceLaneBenchmark lane, ConfigurableApplicationContext app, Path out) {
        BusyWorkshopDay day = new BusyWorkshopDay(lane, app);
        day.staff(app.getBean(PasswordEncoder.class), PASSWORD);
        List<BusyWorkshopDay.Order> orders = day.prepare();
        write(out.resolve("account-foreman.csv"), "username,password", List.of(
                day.username(BusyWorkshopDay.Role.FOREMAN) + "," + PASSWORD));
        write(out.resolve("account-manager.csv"), "username,password", List.of(
                day.username(BusyWorkshopDay.Role.MANAGER) + "," + PASSWORD));
        write(out.resolve("repair-orders.csv"), "id,number", orders.stream()
                .map(o -> o.id() + "," + o.number())
                .toList());
        write(out.resolve("bills.csv"), "id,number", orders.stream()
                .filter(o -> !o.status().isOpen())
                .map(o -> o.id() + "," + o.number())
                .toList());
        write(out.resolve("progress.csv"), "path,number", orders.stream()
                .map(o -> o.progressPath() + "," + o.number())
                .toList());
        write(out.resolve("board.csv"), "number", orders.stream()
                .filter(o -> o.status() == RepairOrderStatus.IN_REPAIR)
                .map(BusyWorkshopDay.Order::number)
                .toList());
        String advisor = lane.owner.sql("SELECT display_name FROM dealer.user_account WHERE id = :id")
                .param("id", lane.advisors.get(0))
                .query(String.class)
                .single();
        write(out.resolve("daily.csv"), "date,advisor", List.of(day.day + "," + advisor));
    }

    /** The first advisor gets the benchmark's password; the account is a real one, roles and all. */
    private static String signInFor(ServiceLaneBenchmark lane, PasswordEncoder passwords) {
        long advisor = lane.advisors.get(0);
        lane.owner.sql("UPDATE dealer.user_account SET password_hash = :hash WHERE id = :id")
                .param("hash", passwords.encode(PASSWORD))
                .param("id", advisor)
                .update();
        return lane.owner.sql("SELECT username FROM dealer.user_account WHERE id = :id")
                .param("id", advisor)
                .query(String.class)
                .single();
    }

    /** Every kind of query in turn, as the search box gets them over a day: a mobile, a plate, a VIN tail, a name. */
    private static List<String> mixed(Map<String, List<String>> searches) {
        List<String> mixed = new ArrayList<>();
        int longest = searches.values().stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<String> values : searches.values()) {
                if (i < values.size()) {
                    mixed.add(values.get(i));
                }
            }
        }
        return mixed;
    }

    private static List<String> customers(ServiceLaneBenchmark lane) {
        return lane.owner.sql("""
                        SELECT id FROM customer.customer WHERE dealer_id = :dealer AND merged_into IS NULL
                        ORDER BY md5(id::text) LIMIT :n""")
                .param("dealer", lane.dealerId)
                .param("n", CUSTOMERS)
                .query(String.class)
                .list();
    }

    /**
     * Bookings the API can take one after the other: 50 a day over the emptied booking days, the booking cars in
     * turn (a car comes back on a day 40 days later, never twice on one day), the slots in turn.
     */
    private static List<String> bookings(ServiceLaneBenchmark lane) {
        List<String> rows = new ArrayList<>(BOOKINGS);
        for (int n = 0; n < BOOKINGS; n++) {
            ServiceLaneBenchmark.Car car = lane.bookingCars.get(n % lane.bookingCars.size());
            LocalDate day = lane.bookingDay(n / ServiceLaneBenchmark.CHUNK);
            LocalTime time = lane.slots.get(n % lane.slots.size());
            rows.add(car.customerId() + "," + car.vehicleId() + "," + day + "," + time);
        }
        return rows;
    }

    private static void write(Path file, String header, List<String> rows) {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        rows.forEach(row -> {
            if (row.contains(",") && !header.contains(",")) {
                throw new IllegalStateException("A value with a comma would break " + file + ": " + row);
            }
            lines.add(row);
        });
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package shinrai.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomerSearch;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.DemoNetworkReady;
import shinrai.shared.DealerScope;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * Bookings for the demo store's next days, so the day board, the preparation list and reception have cars to show
 * the first time someone opens them. Made through {@link Appointments#book}, the way an advisor on the phone would,
 * after the demo customers exist; skipped once the dealer has any appointment.
 */
@Component
class DemoAppointments {

    private static final Logger log = LoggerFactory.getLogger(DemoAppointments.class);

    private static final List<Set<ServiceRequest>> ASKED = List.of(
            Set.of(ServiceRequest.ROUTINE_MAINTENANCE),
            Set.of(ServiceRequest.ROUTINE_MAINTENANCE, ServiceRequest.TYRES_ALIGNMENT),
            Set.of(ServiceRequest.MAJOR_MAINTENANCE),
            Set.of(ServiceRequest.DIAGNOSIS),
            Set.of(ServiceRequest.AIR_CONDITIONING),
            Set.of(ServiceRequest.BODY_PAINT),
            Set.of(ServiceRequest.INSPECTION));
    private static final List<String> WORDS =
            List.of("到保养里程了", "仪表盘上机油灯亮了一下", "刹车时有吱吱声", "空调出风有异味", "后保险杠被刮了", "冷车启动时抖动", "");

    private final Appointments appointments;
    private final CustomerSearch search;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAppointments(
            Appointments appointments,
            CustomerSearch search,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            JdbcClient jdbc,
            Clock clock) {
        this.appointments = appointments;
        this.search = search;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the demo customers (order 10), whose cars are booked here. */
    @EventListener
    @Order(20)
    void on(DemoNetworkReady network) {
        Long dealer = network.dealersByCode().get("D001");
        if (dealer != null) {
            DealerScope.systemFor(dealer).run(this::seed);
        }
    }

    private void seed() {
        if (jdbc.sql("SELECT count(*) FROM appointment.appointment")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        List<Vehicle> cars = new ArrayList<>();
        for (String surname : List.of("王", "李", "张", "刘", "陈", "杨")) {
            List<Long> owners = search.search(surname, 6).stream()
                    .map(hit -> hit.customer().id())
                    .toList();
            cars.addAll(vehicles.ownedBy(owners));
        }
        Random random = new Random(42);
        LocalDate today = LocalDate.now(clock.withZone(dealers.current().zone()));
        int booked = 0;
        int next = 0;
        for (LocalDate day : List.of(today, today.plusDays(1), today.plusDays(2))) {
            for (LocalTime time = LocalTime.of(8, 30);
                    time.isBefore(LocalTime.of(16, 0)) && next < cars.size();
                    time = time.plusMinutes(30)) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                Vehicle car = cars.get(next++);
                try {
                    appointments.book(new BookingRequest(
                            car.ownerId(),
                            car.id(),
                            day,
                            time,
                            null,
                            ASKED.get(random.nextInt(ASKED.size())),
                            WORDS.get(random.nextInt(WORDS.size())),
                            Transport.values()[random.nextInt(Transport.values().length)],
                            random.nextInt(4) == 0 ? BookingChannel.ONLINE : BookingChannel.PHONE,
                            false));
                    booked++;
                } catch (SlotUnavailable pastOrFull) {
                    // today's earlier slots have gone by; the demo books only what could still be booked
                }
            }
        }
        log.info("Demo dealer: {} appointments booked for the next days", booked);
    }
}

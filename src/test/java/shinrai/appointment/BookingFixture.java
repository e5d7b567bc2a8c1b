package shinrai.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.CustomersWithCars;
import shinrai.customer.CustomerBook;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;

/**
 * A dealer of its own for each test that needs one, in a test network the demo accounts cannot see: booking rules,
 * holidays and bookings of one test never meet another's. Opens 08:30 to 18:00, Shanghai time.
 */
final class BookingFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger next = new AtomicInteger((int) (System.nanoTime() % 100_000));

    final long dealerId;
    final DealerScope scope;
    final List<Long> advisors = new ArrayList<>();
    final long technician;
    private final CustomersWithCars cars;

    BookingFixture(DataSource owner, CustomerBook customers, VehicleRegister vehicles, int advisorCount) {
        this.cars = new CustomersWithCars(customers, vehicles);
        JdbcClient jdbc = JdbcClient.create(owner);
        int n = next.incrementAndGet();
        jdbc.sql("INSERT INTO dealer.network (code, name) VALUES ('APPT-TEST', '预约测试网络') ON CONFLICT DO NOTHING")
                .update();
        long network = jdbc.sql("SELECT id FROM dealer.network WHERE code = 'APPT-TEST'")
                .query(Long.class)
                .single();
        dealerId = jdbc.sql("""
                        INSERT INTO dealer.dealer (network_id, code, name, phone, opens_at, closes_at, labour_rate)
                        VALUES (:network, :code, :name, '021-5555 0000', '08:30', '18:00', 300) RETURNING id""")
                .param("network", network)
                .param("code", "AT" + n)
                .param("name", "预约测试店" + n)
                .query(Long.class)
                .single();
        for (int i = 1; i <= advisorCount; i++) {
            advisors.add(account(jdbc, network, "at" + n + ".a" + i, "SERVICE_ADVISOR"));
        }
        technician = account(jdbc, network, "at" + n + ".t", "TECHNICIAN");
        scope = DealerScope.systemFor(dealerId);
    }

    /** The scope of one of the dealer's advisors, as if signed in. */
    DealerScope advisor(int index) {
        return new DealerScope(advisors.get(index), "advisor" + index, dealerId, null);
    }

    private long account(JdbcClient jdbc, long network, String username, String role) {
        return jdbc.sql("""
                        INSERT INTO dealer.user_account (dealer_id, network_id, username, display_name, password_hash, roles)
                        VALUES (:dealer, :network, :username, :username, 'not-for-sign-in', ARRAY[:role])
                        RETURNING id""")
                .param("dealer", dealerId)
                .param("network", network)
                .param("username", username)
                .param("role", role)
                .query(Long.class)
                .single();
    }

    /** A customer with one car; {@code mobileTail} makes the mobile and the VIN unique within the dealer. */
    Car car(int mobileTail) {
        return car(mobileTail, "");
    }

    Car car(int mobileTail, String wechatId) {
        CustomersWithCars.Registered registered = cars.register(
                scope,
                "王预约" + mobileTail,
                null,
                String.format("1980000%04d", mobileTail),
                wechatId,
                String.format("LVGBE40K0NP%06d", mobileTail),
                String.format("沪A%05d", mobileTail));
        return new Car(registered.customerId(), registered.vehicleId());
    }

    /** A day a little ahead: its slots are bookable and its reminders due tomorrow or later. */
    static LocalDate daysAhead(int days) {
        return LocalDate.now(SHANGHAI).plusDays(days);
    }

    record Car(long customerId, long vehicleId) {}
}

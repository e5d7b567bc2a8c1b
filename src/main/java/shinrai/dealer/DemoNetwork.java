package shinrai.dealer;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import shinrai.database.DatabaseProperties;
import shinrai.shared.DealerScope;

/**
 * The demo network: two dealers, D001 and D002, and an account for every role, all with the password
 * {@value #PASSWORD}. Seeded on the embedded database unless {@code SHINRAI_DEMO=false}, and on an external one
 * only with {@code SHINRAI_DEMO=true}. Seeding is idempotent: a restart finds everything in place and adds nothing.
 * Its accounts are marked as demo accounts: the only ones allowed the published password, and the UI shows a
 * banner while any of them may sign in.
 */
@Component
@Order(0)
class DemoNetwork implements ApplicationRunner {

    static final String PASSWORD = "shinrai-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

    private static final List<DemoAccount> D001_STAFF = List.of(
            new DemoAccount("admin", "王建国", EnumSet.of(Role.DEALER_ADMIN)),
            new DemoAccount("gm", "林志远", EnumSet.of(Role.GENERAL_MANAGER)),
            new DemoAccount("manager", "李明", EnumSet.of(Role.SERVICE_MANAGER)),
            new DemoAccount("advisor", "张伟", EnumSet.of(Role.SERVICE_ADVISOR)),
            new DemoAccount("technician", "刘洋", EnumSet.of(Role.TECHNICIAN)),
            new DemoAccount("foreman", "陈强", EnumSet.of(Role.FOREMAN)),
            new DemoAccount("inspector", "杨帆", EnumSet.of(Role.QC_INSPECTOR)),
            new DemoAccount("cashier", "赵丽", EnumSet.of(Role.CASHIER)),
            new DemoAccount("relations", "黄敏", EnumSet.of(Role.CUSTOMER_RELATIONS)),
            new DemoAccount("parts", "周杰", EnumSet.of(Role.PARTS_CLERK)));

    private static final List<DemoAccount> D002_STAFF = List.of(
            new DemoAccount("d2.admin", "吴刚", EnumSet.of(Role.DEALER_ADMIN)),
            new DemoAccount("d2.gm", "何静", EnumSet.of(Role.GENERAL_MANAGER)),
            new DemoAccount("d2.advisor", "郑爽", EnumSet.of(Role.SERVICE_ADVISOR)));

    private final NetworkProvisioning provisioning;
    private final Staff staff;
    private final PasswordEncoder passwords;
    private final boolean enabled;
    private final ApplicationEventPublisher events;

    DemoNetwork(
            NetworkProvisioning provisioning,
            Staff staff,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            DatabaseProperties database,
            @Value("${shinrai.demo:}") String demo) {
        this.provisioning = provisioning;
        this.staff = staff;
        this.passwords = passwords;
        this.events = events;
        this.enabled = seeds(database, demo);
    }

    /**
     * Whether this installation runs on the demo network: always on the embedded database, on an external one only
     * with {@code SHINRAI_DEMO=true}; {@code SHINRAI_DEMO=false} makes it a store's own.
     */
    static boolean seeds(DatabaseProperties database, String demo) {
        return demo.isBlank() ? !database.external() : Boolean.parseBoolean(demo);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            seed();
        }
    }

    void seed() {
        long network = provisioning.network("DEMO", "信赖汽车销售服务网络（演示）");
        long d001 = provisioning.dealer(
                network,
                "D001",
                new DealerProfile(
                        "信赖丰田4S店（上海浦东）",
                        "上海市浦东新区张杨路1500号",
                        "021-58886666",
                        LocalTime.of(8, 30),
                        LocalTime.of(18, 0),
                        "Asia/Shanghai",
                        new BigDecimal("380.00")));
        long d002 = provisioning.dealer(
                network,
                "D002",
                new DealerProfile(
                        "信赖丰田4S店（杭州西湖）",
                        "浙江省杭州市西湖区文三路398号",
                        "0571-88882222",
                        LocalTime.of(8, 0),
                        LocalTime.of(17, 30),
                        "Asia/Shanghai",
                        new BigDecimal("320.00")));
        int added = hire(d001, D001_STAFF) + hire(d002, D002_STAFF);
        if (!provisioning.accountExists("network")) {
            provisioning.networkAccount(
                    network, "network", "孙悦", passwords.encode(PASSWORD), Role.NETWORK_ANALYST, true);
            added++;
        }
        if (!provisioning.accountExists("ops")) {
            provisioning.networkAccount(network, "ops", "钱磊", passwords.encode(PASSWORD), Role.OPERATIONS, true);
            added++;
        }
        if (added > 0) {
            log.info("Demo network seeded: {} accounts added, password '{}'", added, PASSWORD);
        }
        events.publishEvent(new DemoNetworkReady(network, Map.of("D001", d001, "D002", d002)));
    }

    private int hire(long dealerId, List<DemoAccount> accounts) {
        return DealerScope.systemFor(dealerId).call(() -> {
            int added = 0;
            for (DemoAccount account : accounts) {
                if (!provisioning.accountExists(account.username())) {
                    staff.hireDemoAccount(new Staff.NewStaffMember(
                            account.username(), account.displayName(), PASSWORD, account.roles()));
                    added++;
                }
            }
            return added;
        });
    }

    private record DemoAccount(String username, String displayName, Set<Role> roles) {}
}

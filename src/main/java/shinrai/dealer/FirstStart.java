package shinrai.dealer;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import shinrai.shared.DealerScope;

/**
 * A real store's first start, without the demo: when the installation has no account yet and
 * {@code SHINRAI_ADMIN_PASSWORD} is set, it creates the store (network {@code MAIN}, dealer {@code D001}, named
 * {@code SHINRAI_DEALER_NAME}) and its dealer admin ({@code SHINRAI_ADMIN_USERNAME}, {@code admin} unless set),
 * and an operations account {@code ops} when {@code SHINRAI_OPS_PASSWORD} is set. The admin then completes the
 * store's profile and hires the staff in the UI. Later starts find the accounts and do nothing, so the variables
 * can stay set; the passwords must pass the same policy as any new password.
 */
@Component
@Order(1) // after the demo network: with the demo seeded there is nothing to create
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final NetworkProvisioning provisioning;
    private final Staff staff;
    private final PasswordEncoder passwords;
    private final String adminUsername;
    private final String adminPassword;
    private final String dealerName;
    private final String opsPassword;

    FirstStart(
            NetworkProvisioning provisioning,
            Staff staff,
            PasswordEncoder passwords,
            @Value("${shinrai.first-start.admin-username:admin}") String adminUsername,
            @Value("${shinrai.first-start.admin-password:}") String adminPassword,
            @Value("${shinrai.first-start.dealer-name:}") String dealerName,
            @Value("${shinrai.first-start.ops-password:}") String opsPassword) {
        this.provisioning = provisioning;
        this.staff = staff;
        this.passwords = passwords;
        this.adminUsername = adminUsername.isBlank() ? "admin" : adminUsername.trim();
        this.adminPassword = adminPassword;
        this.dealerName = dealerName.isBlank() ? "D001" : dealerName.trim();
        this.opsPassword = opsPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (adminPassword.isEmpty()) {
            if (!provisioning.anyAccount()) {
                log.warn(
                        "No account exists and SHINRAI_ADMIN_PASSWORD is not set: nobody can sign in. Set it (10+"
                                + " characters) and restart to create the first dealer admin, or start with SHINRAI_DEMO=true.");
            }
            return;
        }
        if (provisioning.anyAccount()) {
            log.info("SHINRAI_ADMIN_PASSWORD ignored: this installation already has accounts");
            return;
        }
        createStore();
    }

    void createStore() {
        // Checked before anything is written, so a refused password leaves an empty store to try again on.
        checked("SHINRAI_ADMIN_PASSWORD", adminUsername, adminPassword);
        if (!opsPassword.isEmpty()) {
            checked("SHINRAI_OPS_PASSWORD", "ops", opsPassword);
        }
        long network = provisioning.network("MAIN", dealerName);
        long dealer = provisioning.dealer(
                network,
                "D001",
                new DealerProfile(
                        dealerName,
                        "",
                        "",
                        LocalTime.of(8, 30),
                        LocalTime.of(18, 0),
                        "Asia/Shanghai",
                        BigDecimal.ZERO));
        DealerScope.systemFor(dealer)
                .run(() -> staff.hire(new Staff.NewStaffMember(
                        adminUsername, adminUsername, adminPassword, EnumSet.of(Role.DEALER_ADMIN))));
        if (!opsPassword.isEmpty()) {
            provisioning.networkAccount(network, "ops", "ops", passwords.encode(opsPassword), Role.OPERATIONS, false);
        }
        log.info("First start: dealer {} created with its dealer admin '{}'", dealerName, adminUsername);
    }

    private static void checked(String variable, String username, String password) {
        try {
            PasswordPolicy.check(username, password);
        } catch (InvalidStaffChange refused) {
            throw new IllegalStateException(variable + " is refused (" + refused.messageKey() + "): a password needs "
                    + PasswordPolicy.MINIMUM_LENGTH + " characters or more, must not contain the username, be digits"
                    + " only, a common password or the demo password");
        }
    }
}

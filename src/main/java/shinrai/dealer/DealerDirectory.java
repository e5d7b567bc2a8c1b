package shinrai.dealer;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.database.DatabaseNotifications;
import shinrai.database.RememberedRows;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/**
 * The dealers a user may see and the profile of their own dealer. Nearly every request asks for its dealer (its time
 * zone, its hours), so each instance remembers the dealers it has read for {@link #KEPT} and forgets one as soon as
 * the database announces a change of it (trigger {@code announce_dealer_change}, channel {@value #CHANNEL}).
 */
@Service
@Transactional(readOnly = true)
public class DealerDirectory {

    static final String CHANNEL = "dealer_changed";
    static final Duration KEPT = Duration.ofMinutes(5);

    private final Dealers dealers;
    private final JdbcClient jdbc;
    private final RememberedRows<Long, Dealer> remembered;

    DealerDirectory(Dealers dealers, JdbcClient jdbc, DatabaseNotifications notifications) {
        this.dealers = dealers;
        this.jdbc = jdbc;
        this.remembered = RememberedRows.perDealer(notifications, CHANNEL, KEPT, 100_000);
    }

    /**
     * The signed-in user's own dealer. Shared between requests: its state changes only through this class, on a copy
     * read afresh.
     */
    public Dealer current() {
        long dealerId = DealerScope.currentDealer();
        return remembered.get(dealerId, dealers::findById).orElseThrow(() -> new NotFound("dealer", dealerId));
    }

    @Transactional
    public Dealer updateProfile(DealerProfile profile, SendingHours hours) {
        Dealer dealer = currentAfresh();
        dealer.updateProfile(profile);
        dealer.changeSendingHours(hours);
        return dealers.save(dealer);
    }

    /** Changes when the dealer's messages may reach customers' phones. */
    @Transactional
    public Dealer changeSendingHours(SendingHours hours) {
        Dealer dealer = currentAfresh();
        dealer.changeSendingHours(hours);
        return dealers.save(dealer);
    }

    /** The dealer as the database has it now, to change; this instance forgets its copy once the change commits. */
    private Dealer currentAfresh() {
        long dealerId = DealerScope.currentDealer();
        Dealer dealer = dealers.findById(dealerId).orElseThrow(() -> new NotFound("dealer", dealerId));
        remembered.forgetAfterTransaction(dealerId);
        return dealer;
    }

    /**
     * Every dealer the current user can see, with its active staff count: one row for dealer staff, the whole
     * network for network analysts. One query, whatever the number of dealers.
     */
    public List<DealerSummary> visibleDealers() {
        return jdbc.sql("""
                        SELECT d.id, d.code, d.name, d.address, d.phone, d.time_zone, d.labour_rate,
                               count(a.id) FILTER (WHERE a.enabled) AS active_staff
                        FROM dealer.dealer d
                        LEFT JOIN dealer.user_account a ON a.dealer_id = d.id
                        GROUP BY d.id
                        ORDER BY d.code""").query(DealerSummary.class).list();
    }

    /** One line of the network's dealer list. */
    public record DealerSummary(
            long id,
            String code,
            String name,
            String address,
            String phone,
            String timeZone,
            java.math.BigDecimal labourRate,
            long activeStaff) {}
}

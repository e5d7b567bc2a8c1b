package shinrai.dealer;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;

/** The dealers a user may see and the profile of their own dealer. */
@Service
@Transactional(readOnly = true)
public class DealerDirectory {

    private final Dealers dealers;
    private final JdbcClient jdbc;

    DealerDirectory(Dealers dealers, JdbcClient jdbc) {
        this.dealers = dealers;
        this.jdbc = jdbc;
    }

    /** The signed-in user's own dealer. */
    public Dealer current() {
        long dealerId = DealerScope.currentDealer();
        return dealers.findById(dealerId).orElseThrow(() -> new NotFound("dealer", dealerId));
    }

    @Transactional
    public Dealer updateProfile(DealerProfile profile, SendingHours hours) {
        Dealer dealer = current();
        dealer.updateProfile(profile);
        dealer.changeSendingHours(hours);
        return dealers.save(dealer);
    }

    /** Changes when the dealer's messages may reach customers' phones. */
    @Transactional
    public Dealer changeSendingHours(SendingHours hours) {
        Dealer dealer = current();
        dealer.changeSendingHours(hours);
        return dealers.save(dealer);
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

package shinrai.dealer;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dealership: its code within the network, how customers reach it, when it is open, its time zone and the
 * labour rate its repair orders are priced with (yuan per hour). Networks and dealers are provisioned by the
 * platform; a dealer admin keeps the profile up to date.
 */
@Table(schema = "dealer", name = "dealer")
public class Dealer {

    private @Id Long id;
    private final long networkId;
    private final String code;
    private String name;
    private String address;
    private String phone;
    private LocalTime opensAt;
    private LocalTime closesAt;
    private String timeZone;
    private BigDecimal labourRate;
    private LocalTime messagesFrom;
    private LocalTime messagesUntil;
    private @Version @Nullable Integer version;

    @PersistenceCreator
    Dealer(
            Long id,
            long networkId,
            String code,
            String name,
            String address,
            String phone,
            LocalTime opensAt,
            LocalTime closesAt,
            String timeZone,
            BigDecimal labourRate,
            LocalTime messagesFrom,
            LocalTime messagesUntil,
            @Nullable Integer version) {
        this.id = id;
        this.networkId = networkId;
        this.code = code;
        this.name = name;
        this.address = address;
        this.phone = phone;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.timeZone = timeZone;
        this.labourRate = labourRate;
        this.messagesFrom = messagesFrom;
        this.messagesUntil = messagesUntil;
        this.version = version;
    }

    /** Changes the profile, refusing hours that end before they start or a time zone that does not exist. */
    void updateProfile(DealerProfile profile) {
        if (!profile.opensAt().isBefore(profile.closesAt())) {
            throw new InvalidDealerProfile("closesAt", "dealer.error.hours");
        }
        try {
            ZoneId.of(profile.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidDealerProfile("timeZone", "dealer.error.timeZone");
        }
        if (profile.labourRate().signum() < 0) {
            throw new InvalidDealerProfile("labourRate", "dealer.error.labourRate");
        }
        this.name = profile.name().trim();
        this.address = profile.address().trim();
        this.phone = profile.phone().trim();
        this.opensAt = profile.opensAt();
        this.closesAt = profile.closesAt();
        this.timeZone = profile.timeZone();
        this.labourRate = profile.labourRate();
    }

    public Long id() {
        return id;
    }

    public long networkId() {
        return networkId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public LocalTime opensAt() {
        return opensAt;
    }

    public LocalTime closesAt() {
        return closesAt;
    }

    public String timeZone() {
        return timeZone;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public BigDecimal labourRate() {
        return labourRate;
    }

    /** When messages to customers may go out, in this dealer's time zone. */
    public SendingHours sendingHours() {
        return new SendingHours(messagesFrom, messagesUntil);
    }

    void changeSendingHours(SendingHours hours) {
        this.messagesFrom = hours.from();
        this.messagesUntil = hours.until();
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public DealerProfile profile() {
        return new DealerProfile(name, address, phone, opensAt, closesAt, timeZone, labourRate);
    }
}

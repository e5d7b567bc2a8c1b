package shinrai.dealer;

import java.math.BigDecimal;
import java.time.LocalTime;

/** The part of a dealer its admin may change. */
public record DealerProfile(
        String name,
        String address,
        String phone,
        LocalTime opensAt,
        LocalTime closesAt,
        String timeZone,
        BigDecimal labourRate) {}

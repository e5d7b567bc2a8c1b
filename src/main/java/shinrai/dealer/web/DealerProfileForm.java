package shinrai.dealer.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.dealer.DealerProfile;
import shinrai.dealer.SendingHours;

/** The dealer profile page's fields, with the hours in which messages may ring a customer's phone. */
public record DealerProfileForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 300) String address,
        @Size(max = 40) String phone,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime opensAt,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime closesAt,
        @NotBlank String timeZone,

        @NotNull @DecimalMin("0") @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
        BigDecimal labourRate,

        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime messagesFrom,
        @NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime messagesUntil) {

    static DealerProfileForm of(DealerProfile profile, SendingHours hours) {
        return new DealerProfileForm(
                profile.name(),
                profile.address(),
                profile.phone(),
                profile.opensAt(),
                profile.closesAt(),
                profile.timeZone(),
                profile.labourRate(),
                hours.from(),
                hours.until());
    }

    /** Refuses hours that end before they start, under {@code messagesUntil}. */
    SendingHours toSendingHours() {
        return new SendingHours(messagesFrom, messagesUntil);
    }

    DealerProfile toProfile() {
        return new DealerProfile(
                name,
                address == null ? "" : address,
                phone == null ? "" : phone,
                opensAt,
                closesAt,
                timeZone,
                labourRate);
    }
}

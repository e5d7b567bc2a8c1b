package shinrai.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff enter about a customer. Mobile, phone and ID card numbers arrive as validated value objects;
 * an empty surname is filled in from the name.
 */
public record CustomerProfile(
        CustomerKind kind,
        String name,
        String surname,
        @Nullable Gender gender,
        @Nullable LocalDate birthday,
        List<MobileNumber> mobiles,
        List<PhoneNumber> otherPhones,
        String email,
        String wechatId,
        String address,
        @Nullable IdCardNumber idCardNumber,
        CustomerSource source,
        Set<String> tags,
        @Nullable Long preferredAdvisorId,
        String notes) {

    public CustomerProfile {
        name = name == null ? "" : name.trim();
        surname = surname == null || surname.isBlank()
                ? (kind == CustomerKind.PERSON && !name.isEmpty() ? Surnames.suggestFor(name) : "")
                : surname.trim();
        mobiles = mobiles == null ? List.of() : List.copyOf(mobiles);
        otherPhones = otherPhones == null ? List.of() : List.copyOf(otherPhones);
        email = email == null ? "" : email.trim();
        wechatId = wechatId == null ? "" : wechatId.trim();
        address = address == null ? "" : address.trim();
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        notes = notes == null ? "" : notes.trim();
        if (source == null) {
            source = CustomerSource.WALK_IN;
        }
    }
}

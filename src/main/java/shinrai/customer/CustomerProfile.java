package shinrai.customer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything staff enter about a customer. Mobile, phone and ID card numbers arrive as validated value objects;
 * an empty surname is filled in from the name; no preferred contact time is {@link ContactTime#ANY}.
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
        ContactTime preferredContactTime,
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
        if (preferredContactTime == null) {
            preferredContactTime = ContactTime.ANY;
        }
    }

    /** This profile with another preferred contact time. */
    public CustomerProfile preferringContactAt(ContactTime time) {
        return new CustomerProfile(
                kind,
                name,
                surname,
                gender,
                birthday,
                mobiles,
                otherPhones,
                email,
                wechatId,
                address,
                idCardNumber,
                source,
                tags,
                preferredAdvisorId,
                time,
                notes);
    }
}

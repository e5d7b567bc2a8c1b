package shinrai.customer;

import java.time.LocalDate;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import shinrai.shared.PersonalData;

/**
 * How much of a customer's contact details the viewer may see: the one masking policy of every page, export and
 * API answer about customers and their contacts. Staff with <em>see unmasked contact details</em> see them whole;
 * everyone else (technicians, foremen, inspectors, the dealer admin) sees them masked as {@link PersonalData}
 * describes. Names, the vehicle and the consents stay visible: every job at the dealership needs those.
 *
 * @param whole whether the viewer may see the details unmasked
 */
public record Disclosure(boolean whole) {

    /** The permission that lifts the masks. */
    public static final String PERMISSION = "CUSTOMER_CONTACT_VIEW";

    public static final Disclosure WHOLE = new Disclosure(true);
    public static final Disclosure MASKED = new Disclosure(false);

    public static Disclosure to(@Nullable Authentication viewer) {
        boolean may =
                viewer != null && viewer.getAuthorities().stream().anyMatch(a -> PERMISSION.equals(a.getAuthority()));
        return may ? WHOLE : MASKED;
    }

    /** The signed-in user's disclosure; masked when nobody is signed in. */
    public static Disclosure toCurrentUser() {
        return to(SecurityContextHolder.getContext().getAuthentication());
    }

    /** 13812345678 whole (as dialled in China), 138****5678 masked. */
    public String mobile(MobileNumber mobile) {
        return whole ? mobile.national() : mobile.masked();
    }

    /** +8613812345678 whole, for the API, which speaks E.164. */
    public String mobileE164(MobileNumber mobile) {
        return whole ? mobile.e164() : mobile.masked();
    }

    public String otherPhone(PhoneNumber phone) {
        return whole ? phone.e164() : PersonalData.PHONE.masked(phone.e164());
    }

    public @Nullable String idCard(@Nullable IdCardNumber number) {
        if (number == null) {
            return null;
        }
        return whole ? number.value() : number.masked();
    }

    public String email(String email) {
        return whole ? email : PersonalData.EMAIL.masked(email);
    }

    public String wechatId(String wechatId) {
        return whole ? wechatId : PersonalData.WECHAT_ID.masked(wechatId);
    }

    public String address(String address) {
        return whole ? address : PersonalData.ADDRESS.masked(address);
    }

    /**
     * A number as staff typed it (the number an approval call went to): whole, or masked as a mobile when it is one
     * and as any other phone otherwise.
     */
    public String dialled(String number) {
        if (whole) {
            return number;
        }
        String digits = number.replaceAll("\\D", "");
        return digits.matches("(86)?1[3-9]\\d{9}")
                ? PersonalData.MOBILE.masked(number)
                : PersonalData.PHONE.masked(number);
    }

    /** The address a customer's browser answered from (a link's page): whole, or only its network. */
    public String ipAddress(String address) {
        return whole ? address : PersonalData.IP_ADDRESS.masked(address);
    }

    /** The full date only to those who may see it; the API then carries the month and day alone. */
    public @Nullable LocalDate birthday(@Nullable LocalDate birthday) {
        return whole ? birthday : null;
    }

    /** The birthday as a page shows it: 1985-05-14 whole, ****-05-14 masked, empty when unknown. */
    public String birthdayText(@Nullable LocalDate birthday) {
        if (birthday == null) {
            return "";
        }
        return whole ? birthday.toString() : PersonalData.BIRTHDAY.masked(birthday.toString());
    }

    /** Text that may quote a contact detail (a refusal repeating the number it refused): numbers masked. */
    public String text(String text) {
        return whole ? text : PersonalData.scrubbed(text);
    }

    /** The day of the year, which anyone may see: enough to wish a happy birthday, not to tell an age. */
    public static @Nullable MonthDay birthdayMonthDay(@Nullable LocalDate birthday) {
        return birthday == null ? null : MonthDay.from(birthday);
    }
}

package shinrai.customer;

import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * A mainland Chinese mobile number, the one to call and text, kept in E.164 form (+8613812345678). Validity and
 * the mobile ranges (13x to 19x as MIIT allocates them) come from libphonenumber's numbering-plan data, so a
 * newly opened range arrives with a library update instead of a code change.
 *
 * <p>{@link #of} accepts what people type: 13812345678, 138 1234 5678, 138-1234-5678, +86 138 1234 5678, 0086
 * 13812345678, 86-13812345678. The constructor accepts only the E.164 form. Numbers read back from the database
 * passed one of them on their way in and are not checked again ({@link #stored}): parsing every number of every
 * customer loaded took a quarter of the search API's time.
 */
public final class MobileNumber {

    private final String e164;

    public MobileNumber(String e164) {
        this(checked(e164), true);
    }

    /** The flag only tells this constructor apart from the public, checking one. */
    private MobileNumber(String e164, boolean alreadyChecked) {
        this.e164 = e164;
    }

    /** A number as the database keeps it: checked when it was written, so not parsed again. */
    static MobileNumber stored(String e164) {
        return new MobileNumber(e164, true);
    }

    private static String checked(@Nullable String e164) {
        if (e164 == null
                || !e164.startsWith("+861")
                || NumberingPlan.canonical(e164).filter(NumberingPlan::isMobile).isEmpty()) {
            throw new InvalidMobileNumber("mobile.error.invalid", String.valueOf(e164));
        }
        return e164;
    }

    public static MobileNumber of(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidMobileNumber("mobile.error.blank");
        }
        String typed = NumberingPlan.cleaned(raw);
        Phonenumber.PhoneNumber number = NumberingPlan.read(typed)
                .filter(NumberingPlan::isValid)
                .orElseThrow(() -> new InvalidMobileNumber("mobile.error.invalid", typed));
        if (!NumberingPlan.isChinese(number)) {
            throw new InvalidMobileNumber("mobile.error.notChinese", typed);
        }
        if (!NumberingPlan.isMobile(number)) {
            throw new InvalidMobileNumber("mobile.error.notMobile", typed);
        }
        return new MobileNumber(NumberingPlan.e164(number));
    }

    /** The 11 digits as dialled inside China: 13812345678. */
    public String national() {
        return e164.substring(3);
    }

    /** 138****5678: enough for a customer to recognise their number, on screens others may see. */
    public String masked() {
        String national = national();
        return national.substring(0, 3) + "****" + national.substring(7);
    }

    /** The last four digits, which customers and advisors use to tell numbers apart. */
    public String lastFour() {
        return e164.substring(e164.length() - 4);
    }

    /** The number in E.164 form, +8613812345678. */
    public String e164() {
        return e164;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof MobileNumber number && number.e164.equals(e164);
    }

    @Override
    public int hashCode() {
        return e164.hashCode();
    }

    @Override
    public String toString() {
        return e164;
    }
}

package shinrai.customer;

import org.jspecify.annotations.Nullable;

/**
 * Any valid phone number, landline or mobile, in any country, kept in E.164 form: a company's switchboard, a home
 * phone, a relative abroad. A number without a country code is read as Chinese, so a landline needs its area code
 * (021-58886666). Validity comes from libphonenumber's numbering-plan data (ITU-T E.164 and national plans). Numbers
 * read back from the database passed it on their way in and are not checked again ({@link #stored}).
 */
public final class PhoneNumber {

    private final String e164;

    public PhoneNumber(String e164) {
        this(checked(e164), true);
    }

    /** The flag only tells this constructor apart from the public, checking one. */
    private PhoneNumber(String e164, boolean alreadyChecked) {
        this.e164 = e164;
    }

    /** A number as the database keeps it: checked when it was written, so not parsed again. */
    static PhoneNumber stored(String e164) {
        return new PhoneNumber(e164, true);
    }

    private static String checked(@Nullable String e164) {
        if (e164 == null || NumberingPlan.canonical(e164).isEmpty()) {
            throw new InvalidPhoneNumber("phone.error.invalid", String.valueOf(e164));
        }
        return e164;
    }

    public static PhoneNumber of(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumber("phone.error.blank");
        }
        String typed = NumberingPlan.cleaned(raw);
        return NumberingPlan.read(typed)
                .filter(NumberingPlan::isValid)
                .map(number -> new PhoneNumber(NumberingPlan.e164(number)))
                .orElseThrow(() -> new InvalidPhoneNumber("phone.error.invalid", typed));
    }

    /** As people write it: 021 5888 6666 or 138 1234 5678 in China, +1 650-253-0000 for other countries. */
    public String display() {
        return NumberingPlan.display(e164);
    }

    /** The number in E.164 form. */
    public String e164() {
        return e164;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PhoneNumber number && number.e164.equals(e164);
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

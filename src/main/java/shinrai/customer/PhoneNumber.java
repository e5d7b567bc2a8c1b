package shinrai.customer;

import org.jspecify.annotations.Nullable;

/**
 * Any valid phone number, landline or mobile, in any country, kept in E.164 form: a company's switchboard, a home
 * phone, a relative abroad. A number without a country code is read as Chinese, so a landline needs its area code
 * (021-58886666). Validity comes from libphonenumber's numbering-plan data (ITU-T E.164 and national plans).
 */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || NumberingPlan.canonical(e164).isEmpty()) {
            throw new InvalidPhoneNumber("phone.error.invalid", String.valueOf(e164));
        }
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
        return NumberingPlan.display(NumberingPlan.canonical(e164).orElseThrow());
    }

    @Override
    public String toString() {
        return e164;
    }
}

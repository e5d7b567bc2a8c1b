package shinrai.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The world's telephone numbering plans (ITU-T E.164 and each country's plan, as libphonenumber keeps them),
 * read from mainland China: a number without a country code is Chinese.
 */
final class NumberingPlan {

    static final String CHINA = "CN";
    static final int CHINA_CALLING_CODE = 86;

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    /**
     * Digits and the usual separators only. libphonenumber would read letters as a keypad word (1-800-FLOWERS),
     * which turns a typing error into a different valid number.
     */
    private static final Pattern TYPEABLE = Pattern.compile("[0-9+()\\-./\\s]+");

    private static final Pattern CHINESE_MOBILE = Pattern.compile("\\+861[3-9]\\d{9}");

    private NumberingPlan() {}

    /** What the person typed, with full-width digits from a Chinese input method made plain, and trimmed. */
    static String cleaned(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    /** The number that was typed, if it looks like one; whether it is valid is asked separately. */
    static Optional<Phonenumber.PhoneNumber> read(String cleaned) {
        if (!TYPEABLE.matcher(cleaned).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PHONES.parse(cleaned, CHINA));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    static boolean isValid(Phonenumber.PhoneNumber number) {
        return PHONES.isValidNumber(number);
    }

    static boolean isChinese(Phonenumber.PhoneNumber number) {
        return CHINA.equals(PHONES.getRegionCodeForNumber(number));
    }

    static boolean isMobile(Phonenumber.PhoneNumber number) {
        PhoneNumberUtil.PhoneNumberType type = PHONES.getNumberType(number);
        return type == PhoneNumberUtil.PhoneNumberType.MOBILE
                || type == PhoneNumberUtil.PhoneNumberType.FIXED_LINE_OR_MOBILE;
    }

    static String e164(Phonenumber.PhoneNumber number) {
        return PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** 138 1234 5678 or 021 5888 6666 for Chinese numbers, +1 650-253-0000 for the others. */
    static String display(Phonenumber.PhoneNumber number) {
        return PHONES.format(
                number,
                isChinese(number)
                        ? PhoneNumberUtil.PhoneNumberFormat.NATIONAL
                        : PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
    }

    /**
     * {@link #display(Phonenumber.PhoneNumber)} for a number the database gave back. A Chinese mobile number, most
     * of those shown, is grouped 3-4-4 as libphonenumber does, without parsing it; the others are parsed.
     */
    static String display(String e164) {
        if (CHINESE_MOBILE.matcher(e164).matches()) {
            return e164.substring(3, 6) + " " + e164.substring(6, 10) + " " + e164.substring(10);
        }
        return display(canonical(e164).orElseThrow());
    }

    /** The number an E.164 string stands for, if it is one written canonically (+8613812345678). */
    static Optional<Phonenumber.PhoneNumber> canonical(String e164) {
        return read(e164).filter(number -> e164.equals(e164(number)) && isValid(number));
    }
}

package shinrai.customer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A PRC citizen identity number, GB 11643-1999, as printed on the resident identity card and on the residence
 * permits of Hong Kong, Macau and Taiwan residents: 18 characters, the 6-digit address code (its first two digits
 * a province code of GB/T 2260, or 81, 82, 83 for the permits), the birth date YYYYMMDD, a 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 *
 * <p>First-generation 15-digit numbers are refused: those cards stopped being valid in 2013. {@link #of} accepts
 * spaces and a lower-case x; the constructor accepts only the canonical form.
 */
public record IdCardNumber(String value) {

    private static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    // The cards are issued in China, so "today" is China's today wherever the server runs.
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** GB/T 2260 provinces; 71 Taiwan; 81, 82, 83 the residence permits of Hong Kong, Macau, Taiwan residents. */
    private static final Set<String> PROVINCE_CODES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
            "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83");

    public IdCardNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidIdCardNumber("idCard.error.blank");
        }
        if (value.length() != LENGTH) {
            throw new InvalidIdCardNumber("idCard.error.length", value.length());
        }
        if (!value.matches("[0-9]{17}[0-9X]")) {
            throw new InvalidIdCardNumber("idCard.error.characters");
        }
        if (!PROVINCE_CODES.contains(value.substring(0, 2))) {
            throw new InvalidIdCardNumber("idCard.error.region", value.substring(0, 2));
        }
        if (birthDateIn(value) == null) {
            throw new InvalidIdCardNumber("idCard.error.birthDate", value.substring(6, 14));
        }
        char expected = checkCharacterFor(value);
        char actual = value.charAt(LENGTH - 1);
        if (actual != expected) {
            throw new InvalidIdCardNumber("idCard.error.checkDigit", String.valueOf(expected), String.valueOf(actual));
        }
    }

    /** Reads a number as staff type it: spaces, full-width digits and a lower-case x are fine. */
    public static IdCardNumber of(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidIdCardNumber("idCard.error.blank");
        }
        String typed = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return new IdCardNumber(typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    public LocalDate birthDate() {
        return LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
    }

    /** 1101**********1234: the region and the check, without the birth date and sequence. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(LENGTH - 8) + value.substring(LENGTH - 4);
    }

    /**
     * ISO 7064 MOD 11-2 as GB 11643 applies it: the first 17 digits times their weights (2^(18-i) mod 11), summed,
     * modulo 11, mapped to 1 0 X 9 8 7 6 5 4 3 2.
     */
    static char checkCharacterFor(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static @Nullable LocalDate birthDateIn(String value) {
        try {
            LocalDate date = LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
            return date.isBefore(EARLIEST_BIRTH) || date.isAfter(LocalDate.now(CHINA)) ? null : date;
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    @Override
    public String toString() {
        return masked();
    }
}

package shinrai.vehicle;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle identification number as ISO 3779 and GB 16735-2019 define it: 17 characters, digits and the letters
 * other than I, O and Q, with a check digit in position 9. GB 16735 makes the check digit mandatory for vehicles
 * sold in China, so a VIN whose check digit does not match is refused: almost always a typing error.
 *
 * <p>{@link #of} accepts what people type (lower case, spaces, full-width characters); the constructor accepts
 * only the canonical form, so a stored VIN is always valid.
 */
public record Vin(String value) {

    static final int LENGTH = 17;
    private static final int CHECK_DIGIT_INDEX = 8;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    public Vin {
        if (value == null || value.isBlank()) {
            throw new InvalidVin("vin.error.blank");
        }
        if (value.length() != LENGTH) {
            throw new InvalidVin("vin.error.length", value.length());
        }
        String forbidden = forbiddenCharacters(value);
        if (!forbidden.isEmpty()) {
            throw new InvalidVin("vin.error.characters", forbidden);
        }
        char expected = checkDigitFor(value);
        char actual = value.charAt(CHECK_DIGIT_INDEX);
        if (actual != expected) {
            throw new InvalidVin("vin.error.checkDigit", String.valueOf(expected), String.valueOf(actual));
        }
    }

    /** Reads a VIN as staff type or scan it: surrounding and inner spaces, lower case and full-width are fine. */
    public static Vin of(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidVin("vin.error.blank");
        }
        // NFKC turns full-width "ＬＳＶ" from a Chinese input method into plain "LSV".
        String typed = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return new Vin(typed.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
    }

    /** The last six characters: the production serial, which advisors use to find a car quickly. */
    public String lastSix() {
        return value.substring(LENGTH - 6);
    }

    /** The last eight characters (model year, plant, serial), as printed on many dealer documents. */
    public String lastEight() {
        return value.substring(LENGTH - 8);
    }

    /**
     * The check digit ISO 3779 gives these 17 characters: each character's transliterated value times its
     * position's weight, summed, modulo 11; a remainder of 10 is written X. Position 9 itself weighs 0.
     */
    public static char checkDigitFor(String seventeenCharacters) {
        int sum = 0;
        for (int i = 0; i < LENGTH; i++) {
            sum += transliterate(seventeenCharacters.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /** A=1 ... H=8, J=1 ... N=5, P=7, R=9, S=2 ... Z=9: the table ISO 3779 inherits from the 1981 US rule. */
    static int transliterate(char character) {
        if (character >= '0' && character <= '9') {
            return character - '0';
        }
        if (character >= 'A' && character <= 'H') {
            return character - 'A' + 1;
        }
        if (character >= 'J' && character <= 'N') {
            return character - 'J' + 1;
        }
        if (character == 'P') {
            return 7;
        }
        if (character == 'R') {
            return 9;
        }
        if (character >= 'S' && character <= 'Z') {
            return character - 'S' + 2;
        }
        throw new IllegalArgumentException("not a VIN character: " + character);
    }

    static boolean isAllowed(char character) {
        return (character >= '0' && character <= '9')
                || (character >= 'A' && character <= 'Z' && character != 'I' && character != 'O' && character != 'Q');
    }

    /** Each character that may not appear in a VIN, once, in order of appearance: "I O" for "...I...O...I". */
    private static String forbiddenCharacters(String value) {
        StringBuilder forbidden = new StringBuilder();
        value.codePoints()
                .filter(c -> c > Character.MAX_VALUE || !isAllowed((char) c))
                .distinct()
                .forEach(c -> forbidden.append(forbidden.isEmpty() ? "" : " ").appendCodePoint(c));
        return forbidden.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}

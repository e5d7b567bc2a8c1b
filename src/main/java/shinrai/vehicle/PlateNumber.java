package shinrai.vehicle;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Chinese motor-vehicle plate number, written without spaces or the dot after the issuing authority. Accepted
 * formats (GA 36-2018 unless noted; "province" is one of the 31 abbreviations 京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵
 * 粤青藏川宁琼, "authority" a letter other than I, "serial character" a digit or a letter other than I and O):
 *
 * <ul>
 *   <li>{@link Kind#ORDINARY} blue or yellow: province, authority, 5 serial characters — 沪A12345, 粤B3X9K2.
 *       The authority letter O, used for some government and police cars, is accepted.
 *   <li>{@link Kind#NEW_ENERGY} green, small cars: province, authority, then D A B C E (pure electric) or F G H J
 *       K (other new energy), a serial character, 4 digits — 沪AD12345, 京AF02368. The letters beyond D and F
 *       came into use when the D and F ranges ran out.
 *   <li>{@link Kind#NEW_ENERGY} yellow-green, large vehicles: province, authority, 5 digits, D or F — 沪A12345D.
 *   <li>{@link Kind#COACH} 沪A1234学, {@link Kind#POLICE} 沪A1234警, {@link Kind#TRAILER} 沪A1234挂,
 *       {@link Kind#CONSULATE} 沪A1234领, {@link Kind#TEST} 沪A1234试, {@link Kind#OVERSIZE} 沪A1234超: province,
 *       authority, 4 serial characters, the suffix.
 *   <li>{@link Kind#HONG_KONG_MACAU} cross-border: 粤Z, 4 serial characters, 港 or 澳 — 粤Z1234港, 粤Z1234澳.
 *   <li>{@link Kind#EMBASSY}: 使 and 6 digits (3 for the country, 3 for the car) — 使224009.
 *   <li>{@link Kind#EMERGENCY} fire and rescue (State Council notice of December 2018): province, the team letter
 *       (X fire rescue, S forest fire; other letters tolerated) or a digit for the ministry's own cars, 4 digits,
 *       应急 — 京X2345应急, 京12345应急.
 *   <li>{@link Kind#CIVIL_AVIATION} airport vehicles (not GA 36; issued by the civil aviation authority): 民航 and
 *       5 serial characters — 民航A1234, 民航12345.
 *   <li>{@link Kind#ARMED_POLICE} (not GA 36; the armed police's 2012 plates): WJ, an optional province, 4 digits
 *       and a digit or a service letter — WJ12345, WJ1234J, WJ琼12345.
 * </ul>
 *
 * <p>Not accepted: military plates, temporary paper plates, first-generation and pre-2012 armed-police plates.
 * {@link #of} accepts what people type; the constructor accepts only the canonical form.
 */
public record PlateNumber(String value) {

    /** What a plate says about the vehicle, as far as its format tells. */
    public enum Kind {
        ORDINARY,
        NEW_ENERGY,
        COACH,
        POLICE,
        TRAILER,
        CONSULATE,
        EMBASSY,
        HONG_KONG_MACAU,
        TEST,
        OVERSIZE,
        EMERGENCY,
        CIVIL_AVIATION,
        ARMED_POLICE
    }

    static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private static final String PROVINCE = "[" + PROVINCES + "]";
    private static final String AUTHORITY = "[A-HJ-Z]";
    private static final String SERIAL = "[A-HJ-NP-Z0-9]";

    private record Format(Kind kind, Pattern pattern) {
        Format(Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format(Kind.ORDINARY, PROVINCE + AUTHORITY + SERIAL + "{5}"),
            new Format(Kind.NEW_ENERGY, PROVINCE + AUTHORITY + "[DABCEFGHJK]" + SERIAL + "[0-9]{4}"),
            new Format(Kind.NEW_ENERGY, PROVINCE + AUTHORITY + "[0-9]{5}[DF]"),
            new Format(Kind.COACH, PROVINCE + AUTHORITY + SERIAL + "{4}学"),
            new Format(Kind.POLICE, PROVINCE + AUTHORITY + SERIAL + "{4}警"),
            new Format(Kind.TRAILER, PROVINCE + AUTHORITY + SERIAL + "{4}挂"),
            new Format(Kind.CONSULATE, PROVINCE + AUTHORITY + SERIAL + "{4}领"),
            new Format(Kind.TEST, PROVINCE + AUTHORITY + SERIAL + "{4}试"),
            new Format(Kind.OVERSIZE, PROVINCE + AUTHORITY + SERIAL + "{4}超"),
            new Format(Kind.HONG_KONG_MACAU, "粤Z" + SERIAL + "{4}[港澳]"),
            new Format(Kind.EMBASSY, "使[0-9]{6}"),
            new Format(Kind.EMERGENCY, PROVINCE + "[A-HJ-NP-Z0-9][0-9]{4}应急"),
            new Format(Kind.CIVIL_AVIATION, "民航" + SERIAL + "{5}"),
            new Format(Kind.ARMED_POLICE, "WJ" + PROVINCE + "?[0-9]{4}" + SERIAL));

    /** Spaces, the dot after the authority letter (·, •, ・, .) and dashes people put in. */
    private static final Pattern DECORATION = Pattern.compile("[\\s·•・‧∙.\\-‐‑–—－]+");

    public PlateNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidPlateNumber("plate.error.blank");
        }
        if (kindOf(value).isEmpty()) {
            throw refusal(value);
        }
    }

    /** Reads a plate as staff type it: 沪a·12345, 沪A 12345 and 沪A-12345 all become 沪A12345. */
    public static PlateNumber of(@Nullable String raw) {
        if (raw == null) {
            throw new InvalidPlateNumber("plate.error.blank");
        }
        // NFKC turns full-width "Ａ１２" from a Chinese input method into plain "A12".
        String typed = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        return new PlateNumber(DECORATION.matcher(typed).replaceAll("").toUpperCase(Locale.ROOT));
    }

    public Kind kind() {
        return kindOf(value).orElseThrow();
    }

    /** The province abbreviation the plate starts with; none for embassy, civil aviation and armed police plates. */
    public Optional<String> province() {
        return startsWithProvince(value) ? Optional.of(value.substring(0, 1)) : Optional.empty();
    }

    /** The plate without its leading province, as staff often type it in a search: A12345 for 沪A12345. */
    public String withoutProvince() {
        return startsWithProvince(value) ? value.substring(1) : value;
    }

    private static Optional<Kind> kindOf(String value) {
        return FORMATS.stream()
                .filter(format -> format.pattern().matcher(value).matches())
                .map(Format::kind)
                .findFirst();
    }

    private static boolean startsWithProvince(String value) {
        return PROVINCES.indexOf(value.charAt(0)) >= 0;
    }

    /** The most helpful reason: an unknown first character, then I or O (read as 1 and 0), then the format. */
    private static InvalidPlateNumber refusal(String value) {
        int first = value.codePointAt(0);
        boolean knownStart = startsWithProvince(value) || value.startsWith("使") || value.startsWith("民航");
        if (Character.UnicodeScript.of(first) == Character.UnicodeScript.HAN && !knownStart) {
            return new InvalidPlateNumber("plate.error.province", Character.toString(first));
        }
        // The authority letter may be O (government and police cars); anywhere else I and O are not used.
        String serial =
                startsWithProvince(value) && value.length() > 1 && value.charAt(1) == 'O' ? value.substring(2) : value;
        if (serial.indexOf('I') >= 0 || serial.indexOf('O') >= 0) {
            return new InvalidPlateNumber("plate.error.letters", value);
        }
        return new InvalidPlateNumber("plate.error.format", value);
    }

    @Override
    public String toString() {
        return value;
    }
}

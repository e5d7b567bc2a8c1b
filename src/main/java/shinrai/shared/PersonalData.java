package shinrai.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of a customer's personal data that staff without <em>see unmasked contact details</em> see only
 * masked (PIPL: the minimum a job needs), and how each is masked. Every screen, export and API answer that shows
 * one masks it here, and so does the audit log, which reads them as stored text.
 *
 * <p>Each mask keeps what the job at hand still needs: enough of a number or an address for the customer to
 * recognise it as theirs, the district for planning a pick-up, and the day of a birthday for a greeting. The year of
 * birth is withheld: with a name it is what banks and carriers ask to confirm an identity, and the age it gives is
 * nobody's business at the workshop.
 */
public enum PersonalData {
    /** 138****5678, from any notation of a Chinese mobile number. */
    MOBILE,
    /** Landlines and foreign numbers: only that there is one. */
    PHONE,
    /** 1101**********1234: the region and the check, without the birth date and sequence. */
    ID_CARD,
    /** z***@example.com: the first letter and the domain. */
    EMAIL,
    /** w***: the first character. */
    WECHAT_ID,
    /** 上海市浦东新区***: down to the district (or the city), without street and number. */
    ADDRESS,
    /** ****-05-14: the month and day without the year (values stored as ISO dates). */
    BIRTHDAY,
    /** Free text staff wrote about a customer (a message body): withheld whole. */
    TEXT,
    /**
     * 203.0.*.*: the network an answer came from (the customer's phone on a link's page), without the device's own
     * address; an IPv6 address keeps its first two groups.
     */
    IP_ADDRESS;

    public static final String HIDDEN = "***";

    private static final Pattern DIGITS = Pattern.compile("\\D");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}\\.\\d{1,3})\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4,}-(\\d{2}-\\d{2})");
    // a mainland mobile inside any text: 11 digits from 13x to 19x, not part of a longer number
    private static final Pattern MOBILE_IN_TEXT =
            Pattern.compile("(?<!\\d)(?:\\+?86[ -]?)?(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern ID_CARD_IN_TEXT =
            Pattern.compile("(?<![0-9A-Za-z])(\\d{4})\\d{10}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    /** The value as someone without the permission may see it; empty stays empty. */
    public String masked(String value) {
        if (value.isBlank()) {
            return value;
        }
        return switch (this) {
            case MOBILE -> mobile(value);
            case PHONE, TEXT -> HIDDEN;
            case ID_CARD ->
                value.length() < 8
                        ? HIDDEN
                        : value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
            case EMAIL -> email(value);
            case WECHAT_ID ->
                value.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + HIDDEN;
            case ADDRESS -> address(value);
            case BIRTHDAY -> birthday(value);
            case IP_ADDRESS -> ipAddress(value.strip());
        };
    }

    /**
     * Masks mobile and ID card numbers wherever they appear in text nobody classified (a search typed into an
     * export, a username typed at sign-in): the last line of defence for screens that show stored text.
     */
    public static String scrubbed(String text) {
        String withoutMobiles = MOBILE_IN_TEXT.matcher(text).replaceAll("$1****$3");
        return ID_CARD_IN_TEXT
                .matcher(withoutMobiles)
                .replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "**********" + match.group(2)));
    }

    private static String mobile(String value) {
        String digits = DIGITS.matcher(value).replaceAll("");
        if (digits.length() < 7) {
            return HIDDEN;
        }
        String national = digits.length() > 11 ? digits.substring(digits.length() - 11) : digits;
        return national.substring(0, 3) + "****" + national.substring(national.length() - 4);
    }

    private static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at < 1) {
            return HIDDEN;
        }
        return value.codePoints()
                        .limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                + HIDDEN
                + value.substring(at);
    }

    /**
     * Chinese addresses run from the province down to the door: keep up to the first district or county (区, 县,
     * 旗, but not the 自治区 of a province), else up to the first city. Latin addresses run the other way: keep the
     * last two comma-separated parts (district, city).
     */
    private static String address(String value) {
        String trimmed = value.strip();
        int cut = districtEnd(trimmed);
        if (cut < 0) {
            cut = trimmed.indexOf('市') + 1;
        }
        if (cut > 0 && cut < trimmed.length()) {
            return trimmed.substring(0, cut) + HIDDEN;
        }
        String[] parts = trimmed.split("\\s*,\\s*");
        if (parts.length >= 3) {
            return HIDDEN + ", " + parts[parts.length - 2] + ", " + parts[parts.length - 1];
        }
        return HIDDEN;
    }

    private static int districtEnd(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            boolean district = c == '区' || c == '县' || c == '旗';
            boolean autonomousRegion = c == '区' && i >= 2 && address.startsWith("自治", i - 2);
            if (district && !autonomousRegion) {
                return i + 1;
            }
        }
        return -1;
    }

    private static String ipAddress(String value) {
        Matcher v4 = IPV4.matcher(value);
        if (v4.matches()) {
            return v4.group(1) + ".*.*";
        }
        if (value.indexOf(':') > 0) {
            String[] groups = value.split(":", -1);
            if (groups.length >= 3 && !groups[0].isEmpty() && !groups[1].isEmpty()) {
                return groups[0] + ":" + groups[1] + ":*";
            }
        }
        return HIDDEN;
    }

    private static String birthday(String value) {
        Matcher date = ISO_DATE.matcher(value);
        return date.matches() ? "****-" + date.group(1) : HIDDEN;
    }
}

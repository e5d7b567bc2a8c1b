package shinrai.shared;

import org.jspecify.annotations.Nullable;

/**
 * How long each kind of text may be, in characters, wherever it is typed: the API's request records and the UI's
 * forms take their {@code @Size} from here, and the domain's own checks (which the import runs too) use the same
 * numbers, so a limit is decided once. Every limit is checked before the database sees the text.
 */
public final class TextLimits {

    /** A person's or company's name, a dealer's name. */
    public static final int NAME = 200;
    /** A surname, a plate, a VIN, a phone number, a tag, an engine number: one short token. */
    public static final int TOKEN = 40;
    /** A label a person picks or types in a few words: a role, a colour, a brand, a reason for blocked time. */
    public static final int LABEL = 100;
    /** An e-mail address, an insurance company, a model name. */
    public static final int LINE = 200;
    /** A postal address. */
    public static final int ADDRESS = 300;
    /** Free notes, the customer's own words, a description of the work wanted. */
    public static final int NOTE = 2000;
    /** Any text the API accepts at all, whatever its field: the last line of defence behind the limits above. */
    public static final int ANY = 10_000;

    private TextLimits() {}

    /**
     * Refuses a text longer than {@code maximum} characters or holding characters the database cannot store, naming
     * the field; {@code null} passes.
     */
    public static void check(String field, @Nullable String text, int maximum) {
        TextRefused refused = TextRefused.of(field, text, maximum);
        if (refused != null) {
            throw refused;
        }
    }

    /** Like {@link #check}, adding the refusal to others of the same request instead of throwing it. */
    public static void check(InvalidInput.Collector collector, String field, @Nullable String text, int maximum) {
        TextRefused refused = TextRefused.of(field, text, maximum);
        if (refused != null) {
            collector.add(refused);
        }
    }
}

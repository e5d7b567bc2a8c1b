package shinrai.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text that is too long for its field or holds characters the database cannot store. Raised by {@link
 * TextLimits#check}, which every module's own rules call, so the import says the same as the API and the UI.
 */
public final class TextRefused extends BusinessRuleViolation {

    TextRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }

    @Override
    public int httpStatus() {
        return 400;
    }

    /** A field of one request checked with others: {@code null} when the text is fine. */
    static @Nullable TextRefused of(String field, @Nullable String text, int maximum) {
        if (text == null) {
            return null;
        }
        if (!StorableText.isStorable(text)) {
            return new TextRefused(field, "validation.text.unstorable");
        }
        if (text.length() > maximum) {
            return new TextRefused(field, "validation.text.tooLong", maximum);
        }
        return null;
    }
}

package shinrai.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text PostgreSQL can store: a {@code text} column refuses the NUL character, and UTF-8 has no encoding for a lone
 * UTF-16 surrogate (half of an emoji, as a careless client may cut one). Both are refused where they come in, by
 * name, instead of failing as a database error after the work is done.
 */
public final class StorableText {

    private StorableText() {}

    /** Whether every character of the text can be stored. */
    public static boolean isStorable(@Nullable CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}

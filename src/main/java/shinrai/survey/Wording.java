package shinrai.survey;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A text of a questionnaire in the reader's language: a message key for what Shinrai ships (the CSI and SERVQUAL
 * questionnaires), or the dealer's own words in Chinese and English for its own questions.
 */
public record Wording(@Nullable String key, String zh, String en) {

    static Wording key(String key) {
        return new Wording(key, "", "");
    }

    static Wording own(String zh, String en) {
        return new Wording(null, zh, en);
    }

    /** The text in the locale's language: Chinese unless English is asked for. */
    public String in(Locale locale, MessageSource messages) {
        if (key != null) {
            return messages.getMessage(key, null, key, locale);
        }
        return english(locale) ? en : zh;
    }

    /** The text for a message's argument, translated when the message is (the dealer's own in the locale's language). */
    public MessageSourceResolvable resolvable(Locale locale) {
        if (key != null) {
            return new DefaultMessageSourceResolvable(new String[] {key}, key);
        }
        return new DefaultMessageSourceResolvable(null, null, english(locale) ? en : zh);
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}

package shinrai.workshop;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One line of a quality checklist: what to check on a type of work. The default items are message keys, so they read
 * in Chinese and English; an item a dealer writes or rewords is the dealer's own text, in the dealer's language.
 *
 * @param key the item's name within its work type and level: a default's ({@code oilLevel}) or a dealer's
 *     ({@code own3})
 */
public record ChecklistItem(
        WorkType workType,
        String key,
        @Nullable String messageKey,
        @Nullable String text) {

    public ChecklistItem {
        if ((messageKey == null) == (text == null)) {
            throw new IllegalArgumentException("A checklist item is a message key or a text, not both");
        }
    }

    /** How a result names the item: {@code MAINTENANCE.oilLevel}. */
    public String ref() {
        return workType.name() + "." + key;
    }

    /** The item's wording, in the reader's language when it is a default one. */
    public MessageSourceResolvable label() {
        return messageKey == null
                ? new DefaultMessageSourceResolvable(null, null, text)
                : new DefaultMessageSourceResolvable(messageKey);
    }
}

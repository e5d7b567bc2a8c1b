package shinrai.workshop.api;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import shinrai.workshop.ChecklistItem;

/**
 * A checklist item as the API answers it: the name a check's result gives it, and its wording in the caller's
 * language (a default item), or as the dealer wrote it (the dealer's own).
 */
record ChecklistItemView(String item, String workType, String text, boolean dealersOwn) {

    static ChecklistItemView of(ChecklistItem item, MessageSource messages) {
        return new ChecklistItemView(
                item.ref(),
                item.workType().name(),
                messages.getMessage(item.label(), LocaleContextHolder.getLocale()),
                item.messageKey() == null);
    }
}

package shinrai.notice;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One notice as its recipient reads it.
 *
 * @param summaryKey a message key, shown with {@code arguments} in the reader's language
 * @param link where the subject is dealt with, a path of this application
 */
public record Notice(
        long id,
        String summaryKey,
        List<String> arguments,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public Notice {
        arguments = List.copyOf(arguments);
    }

    public boolean unread() {
        return readAt == null;
    }
}

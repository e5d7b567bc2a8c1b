package shinrai.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something staff members should hear of (a complaint escalated to them, given to them, raised by the network),
 * published by the module where it happened, in the transaction that made it happen. The notice module keeps one
 * notice per recipient and {@code eventKey}: an event delivered twice tells nobody twice. It lives here so modules can
 * tell staff without depending on the notice module.
 *
 * @param recipients the dealer's staff ids to tell; duplicates are told once
 * @param eventKey what happened, unique per event (e.g. {@code complaint:42:escalated:1:1}), at most 200 characters
 * @param summaryKey the message key the notice shows, with {@code arguments}
 * @param link where the subject is dealt with, a path of this application ({@code /complaints/42}), or none
 */
public record StaffNotice(
        long dealerId,
        List<Long> recipients,
        String eventKey,
        String summaryKey,
        List<String> arguments,
        @Nullable String link,
        Instant at) {

    public StaffNotice {
        recipients = recipients.stream().distinct().toList();
        arguments = List.copyOf(arguments);
        if (eventKey.isBlank() || eventKey.length() > 200) {
            throw new IllegalArgumentException("event key of 1-200 characters: " + eventKey);
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\"))) {
            throw new IllegalArgumentException("a path of this application: " + link);
        }
    }
}

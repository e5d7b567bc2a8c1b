package shinrai.dealer;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a link sent to a customer lets its holder see or do, without signing in: one record ({@code subject}, e.g. a
 * repair order's id) of one dealer, for one purpose, until it expires. {@link PublicLinks} signs it into the link and
 * reads it back only when the signature holds.
 *
 * @param items the parts of the record the link is about (the supplement lines offered for approval); empty for all
 * @param issuedBy the staff member who sent the link, if one did
 */
public record PublicLink(
        long dealerId,
        Purpose purpose,
        long subject,
        List<Integer> items,
        @Nullable Long issuedBy,
        Instant expiresAt) {

    public PublicLink {
        items = List.copyOf(items);
        if (items.stream().anyMatch(item -> item < 0)) {
            throw new IllegalArgumentException("items are positive numbers");
        }
    }

    /** What a link is for. A link for one purpose is refused by the page of another. */
    public enum Purpose {
        /** The customer follows their car's repair (维修进度). */
        REPAIR_PROGRESS,
        /** The customer approves or declines work found during the repair (增项确认). */
        SUPPLEMENT_APPROVAL,
        /** The customer answers the satisfaction survey about a visit (满意度问卷); the subject is the repair order. */
        SURVEY
    }
}

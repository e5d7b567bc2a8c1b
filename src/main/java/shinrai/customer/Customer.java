package shinrai.customer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer as the dealer knows them. The profile holds what staff maintain; the identity, the dealer and a
 * merge into another record (duplicates) are fixed here.
 *
 * @param mergedInto the surviving record when this one was merged away as a duplicate
 */
public record Customer(
        long id,
        long dealerId,
        CustomerProfile profile,
        @Nullable Long mergedInto,
        Instant createdAt,
        int version) {

    public String name() {
        return profile.name();
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    /** The first mobile, the one to call and text. */
    public @Nullable MobileNumber primaryMobile() {
        return profile.mobiles().isEmpty() ? null : profile.mobiles().get(0);
    }
}

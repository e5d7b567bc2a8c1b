package shinrai.shared;

import org.jspecify.annotations.Nullable;

/** What the shell shows of whoever is signed in: their name, and the dealer and network they work for. */
public interface SignedInStaff extends DealerScope.HasDealerScope {

    String username();

    String displayName();

    /** {@code null} for network staff, who work above any single dealer. */
    @Nullable
    String dealerName();

    String networkName();
}

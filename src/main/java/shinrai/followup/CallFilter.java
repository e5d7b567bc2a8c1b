package shinrai.followup;

import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;

/**
 * Which call tasks a list shows.
 *
 * @param status only tasks standing so; {@code null} for every status
 * @param agent only tasks given to this agent
 * @param unassigned only tasks given to nobody (ignored with {@code agent})
 * @param overdueOnly only open tasks past their latest day
 */
public record CallFilter(
        @Nullable CallStatus status, @Nullable StaffId agent, boolean unassigned, boolean overdueOnly) {

    public static final CallFilter OPEN = new CallFilter(CallStatus.OPEN, null, false, false);
}

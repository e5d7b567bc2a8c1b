package shinrai.followup;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import shinrai.dealer.Permission;
import shinrai.shared.OpenItems;

/**
 * An open follow-up call shows among the customer's open items on the 360° page, linked to the call for those who may
 * make or manage calls (the others, an advisor say, see that a call is open but get no link to a page they may not open).
 */
@Component
class OpenCalls implements OpenItems {

    private final FollowUps followUps;

    OpenCalls(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<OpenItem> of(long customerId) {
        boolean mayOpen = mayOpenCalls();
        return followUps.openOf(customerId).stream()
                .map(call -> new OpenItem(
                        call.nextCallAt(),
                        "followUp.openItem",
                        List.of(call.repairOrderNumber()),
                        mayOpen ? "/follow-ups/" + call.id() : null))
                .toList();
    }

    private static boolean mayOpenCalls() {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        return reader != null
                && reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> authority.equals(Permission.FOLLOW_UP_CALL.name())
                                || authority.equals(Permission.FOLLOW_UP_MANAGE.name()));
    }
}

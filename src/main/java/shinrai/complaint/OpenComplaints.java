package shinrai.complaint;

import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import shinrai.dealer.Permission;
import shinrai.shared.CustomerAlerts;
import shinrai.shared.OpenItems;

/**
 * A complaint not yet closed is the first thing staff see of the customer, on the 360° page and at reception's
 * briefing: linked to the complaint for those who handle complaints (the others see that one is open).
 */
@Component
class OpenComplaints implements CustomerAlerts {

    private final ComplaintDesk desk;

    OpenComplaints(ComplaintDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<OpenItems.OpenItem> of(long customerId) {
        boolean mayOpen = mayOpenComplaints();
        return desk.unclosedOf(customerId).stream()
                .map(c -> new OpenItems.OpenItem(
                        c.openedAt(),
                        "complaint.alert." + c.status().name(),
                        List.of(
                                Objects.requireNonNull(c.id()).toString(),
                                c.customerWords().isEmpty() ? "-" : cut(c.customerWords())),
                        mayOpen ? "/complaints/" + c.id() : null))
                .toList();
    }

    private static String cut(String words) {
        return words.length() <= 80 ? words : words.substring(0, 79) + "…";
    }

    private static boolean mayOpenComplaints() {
        Authentication reader = SecurityContextHolder.getContext().getAuthentication();
        return reader != null
                && reader.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(authority -> authority.equals(Permission.COMPLAINT_HANDLE.name())
                                || authority.equals(Permission.COMPLAINT_MANAGE.name()));
    }
}

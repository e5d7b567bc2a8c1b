package shinrai.complaint;

import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.workshop.RepairOrderId;

/**
 * The network's hotline passes a complaint to one of its dealers. A network user reads across the network's dealers
 * and writes nowhere; this is the one exception, made here and nowhere else: the dealer must be one the network user
 * sees, and the complaint is then written in that dealer's own scope (as the system, the user's name kept on the
 * audit log and on the complaint's history), in a transaction of its own, so row-level security still holds the
 * write to that one dealer. The repair order must be the dealer's. The raise is recorded for the network with the
 * complaint ({@link NetworkComplaints}), so the network can follow the dealer's progress on it.
 */
@Service
public class NetworkHotline {

    private final ComplaintDesk desk;
    private final DealerDirectory dealers;
    private final Staff staff;
    private final TransactionTemplate transactions;
    private final NetworkComplaints raises;

    NetworkHotline(
            ComplaintDesk desk,
            DealerDirectory dealers,
            Staff staff,
            TransactionTemplate transactions,
            NetworkComplaints raises) {
        this.desk = desk;
        this.raises = raises;
        this.dealers = dealers;
        this.staff = staff;
        this.transactions = transactions;
    }

    /**
     * What the hotline raises.
     *
     * @param customerWords the customer's words as the hotline took them down
     */
    public record NetworkComplaint(
            long dealer,
            RepairOrderId repairOrder,
            ComplaintCategory category,
            Severity severity,
            String customerWords) {}

    /** What the network learns back: where the complaint now lives. */
    public record Raised(long dealer, long complaint, ComplaintStatus status) {}

    public Raised raise(NetworkComplaint raised) {
        DealerScope network = DealerScope.current();
        if (network.dealerId() != null || network.networkId() == null || network.userId() == null) {
            throw new ComplaintRefused("complaint.refused.networkOnly");
        }
        boolean seen = dealers.visibleDealers().stream().anyMatch(d -> d.id() == raised.dealer());
        if (!seen) {
            throw new NotFound("dealer", raised.dealer());
        }
        String name = signedInName()
                .orElseGet(() -> staff.displayNames(java.util.List.of(network.userId()))
                        .getOrDefault(network.userId(), Objects.toString(network.username(), "-")));
        Complaint complaint = new DealerScope(null, network.username(), raised.dealer(), null)
                .call(() -> transactions.execute(status -> {
                    Complaint opened = desk.openFromNetwork(
                            raised.repairOrder(), raised.category(), raised.severity(), raised.customerWords(), name);
                    raises.recordRaise(
                            Objects.requireNonNull(opened.id()),
                            network.networkId(),
                            network.userId(),
                            name,
                            opened.openedAt());
                    return opened;
                }));
        return new Raised(
                raised.dealer(),
                Objects.requireNonNull(Objects.requireNonNull(complaint).id()).value(),
                complaint.status());
    }

    /** The signed-in network user's name: their own account is not a dealer's row, so it is taken from the sign-in. */
    private static java.util.Optional<String> signedInName() {
        org.springframework.security.core.Authentication signedIn =
                org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof shinrai.shared.SignedInStaff staff
                ? java.util.Optional.of(staff.displayName())
                : java.util.Optional.empty();
    }
}

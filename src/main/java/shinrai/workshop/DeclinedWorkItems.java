package shinrai.workshop;

import java.util.List;
import org.springframework.stereotype.Component;
import shinrai.shared.OpenItems;

/** Work the customer declined and has not had done, for their 360° page: it is offered again at the next visit. */
@Component
class DeclinedWorkItems implements OpenItems {

    private static final int SHOWN = 10;

    private final RepairOrderHistory history;

    DeclinedWorkItems(RepairOrderHistory history) {
        this.history = history;
    }

    @Override
    public List<OpenItem> of(long customerId) {
        return history.declinedWorkOfCustomer(customerId, SHOWN).stream()
                .map(work -> new OpenItem(
                        work.declinedAt(),
                        "openItem.declinedWork",
                        List.of(work.description(), work.amount().toString(), work.repairOrderNumber()),
                        "/repair-orders/" + work.repairOrder()))
                .toList();
    }
}

package shinrai.retention;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's list entries to the survivor, in the merge's own transaction. */
@Component
class MergedCustomersLists {

    private final MonthlyLists lists;

    MergedCustomersLists(MonthlyLists lists) {
        this.lists = lists;
    }

    @EventListener
    void on(CustomersMerged merged) {
        lists.moveCustomer(merged.dealerId(), merged.duplicateId(), merged.survivorId());
    }
}

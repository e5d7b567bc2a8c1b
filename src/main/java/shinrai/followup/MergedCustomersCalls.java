package shinrai.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's call tasks to the survivor, in the merge's own transaction. */
@Component
class MergedCustomersCalls {

    private final FollowUpCalls calls;

    MergedCustomersCalls(FollowUpCalls calls) {
        this.calls = calls;
    }

    @EventListener
    void on(CustomersMerged merged) {
        calls.moveCustomer(merged.dealerId(), merged.duplicateId(), merged.survivorId());
    }
}

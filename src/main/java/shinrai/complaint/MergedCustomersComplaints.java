package shinrai.complaint;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's complaints to the survivor, in the merge's own transaction. */
@Component
class MergedCustomersComplaints {

    private final Complaints complaints;

    MergedCustomersComplaints(Complaints complaints) {
        this.complaints = complaints;
    }

    @EventListener
    void on(CustomersMerged merged) {
        complaints.moveCustomer(merged.dealerId(), merged.duplicateId(), merged.survivorId());
    }
}

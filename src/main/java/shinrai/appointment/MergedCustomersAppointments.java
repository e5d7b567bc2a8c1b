package shinrai.appointment;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's appointments to the survivor, in the merge's own transaction: nothing is lost. */
@Component
class MergedCustomersAppointments {

    private final AppointmentRecords records;

    MergedCustomersAppointments(AppointmentRecords records) {
        this.records = records;
    }

    @EventListener
    void on(CustomersMerged merged) {
        records.moveCustomer(merged.duplicateId(), merged.survivorId());
    }
}

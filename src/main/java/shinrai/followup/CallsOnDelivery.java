package shinrai.followup;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import shinrai.shared.DealerScope;
import shinrai.workshop.RepairOrderDelivered;

/**
 * Every delivered repair order gets its follow-up call. The delivery is heard after the workshop's transaction
 * commits, through the event publication log: a task that failed to open is retried (also after a restart), and a
 * delivery heard twice opens nothing the second time.
 *
 * <p>The listener runs on another thread with no one signed in, and a transaction's connection carries the dealer
 * scope it was opened with; so it runs outside any transaction ({@code NOT_SUPPORTED}) and sets the
 * order's dealer before {@link FollowUps} opens one.
 */
@Component
class CallsOnDelivery {

    private final FollowUps followUps;

    CallsOnDelivery(FollowUps followUps) {
        this.followUps = followUps;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RepairOrderDelivered delivered) {
        DealerScope.systemFor(delivered.dealerId()).run(() -> followUps.openAfter(delivered));
    }
}

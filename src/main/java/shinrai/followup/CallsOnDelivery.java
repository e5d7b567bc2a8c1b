package shinrai.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.workshop.RepairOrderDelivered;

/**
 * Every delivered repair order gets its follow-up call, opened in the delivery's own transaction: the order is
 * delivered with its call task, or neither is, so no delivery is ever left without its call and none gets two.
 *
 * <p>Why not after the delivery commits, through the event publication log: that costs every delivery two more
 * commits (the listener's, then the publication's completion) and about ten statements, a third of the whole repair
 * lifecycle's rate in its benchmark, to buy a retry that opening a task does not need: it reads the customer's
 * consents and the dealer's agents and inserts one row (the dealer's terms are remembered), and whatever would make
 * that fail (the database gone) fails the delivery too. The order's dealer is the delivering user's, so the scope is
 * already right.
 */
@Component
class CallsOnDelivery {

    private final FollowUps followUps;

    CallsOnDelivery(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    void on(RepairOrderDelivered delivered) {
        followUps.openAfter(delivered);
    }
}

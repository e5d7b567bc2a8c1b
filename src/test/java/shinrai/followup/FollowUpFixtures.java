package shinrai.followup;

import org.springframework.transaction.support.TransactionTemplate;
import shinrai.shared.DealerScope;
import shinrai.workshop.RepairOrder;

/** The follow-up module's test set-up: the call tasks deliveries at the demo dealer D001 opened. */
final class FollowUpFixtures {

    private final FollowUpCalls calls;
    private final TransactionTemplate transactions;

    FollowUpFixtures(FollowUpCalls calls, TransactionTemplate transactions) {
        this.calls = calls;
        this.transactions = transactions;
    }

    /** The order's call task, there as soon as its delivery committed. */
    FollowUpCall taskOf(RepairOrder order) {
        return DealerScope.systemFor(1)
                .call(() -> transactions.execute(status -> calls.findByRepairOrder(order.id())))
                .orElseThrow(() -> new AssertionError("no call task for " + order.number()));
    }
}

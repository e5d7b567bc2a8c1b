package shinrai.followup;

import java.util.List;
import org.springframework.stereotype.Component;
import shinrai.shared.OpenItems;

/** An open follow-up call shows among the customer's open items on the 360° page. */
@Component
class OpenCalls implements OpenItems {

    private final FollowUps followUps;

    OpenCalls(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<OpenItem> of(long customerId) {
        return followUps.openOf(customerId).stream()
                .map(call -> new OpenItem(
                        call.nextCallAt(),
                        "followUp.openItem",
                        List.of(call.repairOrderNumber()),
                        "/follow-ups/" + call.id()))
                .toList();
    }
}

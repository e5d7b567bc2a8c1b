package shinrai.complaint;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.survey.SurveyAnswered;
import shinrai.workshop.RepairOrderDelivered;

/**
 * A dissatisfied survey answer or a low delivery rating opens its complaint by the dealer's rule, in the transaction
 * that stores the answers or delivers the car: the answers are stored with their complaint, or neither is, so no
 * unhappy customer is left without an owner and none gets two (the complaint's unique key per survey response and
 * per delivery; the insert does nothing when the event is heard again).
 *
 * <p>Why not after commit through the event publication log: as {@code shinrai.followup.CallsOnDelivery} measured, it
 * would cost every delivery two more commits to buy a retry that opening one row does not need. The rule is read from
 * the dealer's remembered terms, so a delivery rated well costs no statement here. The publisher's dealer is the
 * event's, so the scope is already right.
 */
@Component
class DissatisfactionOpensComplaints {

    private final ComplaintDesk desk;

    DissatisfactionOpensComplaints(ComplaintDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(SurveyAnswered answered) {
        desk.openAfter(answered);
    }

    @EventListener
    void on(RepairOrderDelivered delivered) {
        desk.openAfter(delivered);
    }
}

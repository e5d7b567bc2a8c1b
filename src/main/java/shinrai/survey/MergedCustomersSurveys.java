package shinrai.survey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.customer.CustomersMerged;

/** A merge moves the duplicate's survey responses to the survivor, in the merge's own transaction. */
@Component
class MergedCustomersSurveys {

    private final SurveyResponses responses;

    MergedCustomersSurveys(SurveyResponses responses) {
        this.responses = responses;
    }

    @EventListener
    void on(CustomersMerged merged) {
        responses.moveCustomer(merged.dealerId(), merged.duplicateId(), merged.survivorId());
    }
}

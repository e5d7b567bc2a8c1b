package shinrai.survey;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import shinrai.dealer.PublicAddress;
import shinrai.followup.CallReplacedBySmsSurvey;

/**
 * A customer who is not called gets the survey link by SMS, queued in the delivery's own transaction (as the call
 * task itself is opened): the delivery, its closed task and the SMS are committed together or not at all.
 */
@Component
class SurveysBySms {

    private final Surveys surveys;
    private final PublicAddress address;

    SurveysBySms(Surveys surveys, PublicAddress address) {
        this.surveys = surveys;
        this.address = address;
    }

    @EventListener
    void on(CallReplacedBySmsSurvey replaced) {
        surveys.sendLink(replaced, address.baseUrl());
    }
}

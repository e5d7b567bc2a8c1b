package shinrai.followup;

/** Why a delivered order's customer is not called, recorded on the task. */
public enum NoCallReason {
    /**
     * Phone calls withdrawn, SMS allowed: instead of the call, the customer is sent the link to the public survey page
     * by SMS (announced as {@link CallReplacedBySmsSurvey}; the survey module queues it in the delivery's transaction).
     */
    PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS,
    /** Phone calls withdrawn and no SMS consent: the customer is not contacted about the visit. */
    PHONE_WITHDRAWN_NO_SMS;

    public String messageKey() {
        return "followUp.reason." + name();
    }
}

package shinrai.followup;

/** Why a delivered order's customer is not called, recorded on the task. */
public enum NoCallReason {
    /**
     * Phone calls withdrawn, SMS allowed: the survey would go by SMS, but the public survey page it links to does
     * not exist yet, so no SMS is sent; the survey slice sends it.
     */
    PHONE_WITHDRAWN_SMS_SURVEY_PAGE_MISSING,
    /** Phone calls withdrawn and no SMS consent: the customer is not contacted about the visit. */
    PHONE_WITHDRAWN_NO_SMS;

    public String messageKey() {
        return "followUp.reason." + name();
    }
}

package shinrai.workshop;

/**
 * Where the car stands, in the customer's words, on the progress page (维修进度). Several of the workshop's states are
 * one stage for the customer: the three levels of the quality check are "quality check", rework after a failed check
 * is still "in repair".
 */
public enum CustomerStage {
    RECEIVED,
    ESTIMATED,
    APPROVED,
    IN_REPAIR,
    QUALITY_CHECK,
    READY,
    DELIVERED;

    static CustomerStage of(RepairOrderStatus status) {
        return switch (status) {
            case OPENED -> RECEIVED;
            case ESTIMATED -> ESTIMATED;
            case APPROVED -> APPROVED;
            case IN_REPAIR -> IN_REPAIR;
            case SELF_CHECKED, TEAM_CHECKED -> QUALITY_CHECK;
            case QC_PASSED -> READY;
            case DELIVERED, SETTLED -> DELIVERED;
        };
    }

    public String messageKey() {
        return "workshop.progress.stage." + name();
    }
}

package shinrai.workshop;

/** Why a technician stopped a job before finishing it. */
public enum PauseReason {
    WAITING_FOR_PARTS,
    WAITING_FOR_APPROVAL,
    END_OF_SHIFT,
    /** Called to a more urgent job. */
    OTHER_WORK;

    public String messageKey() {
        return "repairOrder.pause." + name();
    }
}

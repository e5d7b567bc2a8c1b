package shinrai.workshop;

/** Where a labour line stands in the workshop. */
public enum JobStatus {
    WAITING,
    IN_PROGRESS,
    PAUSED,
    DONE;

    public String messageKey() {
        return "repairOrder.job." + name();
    }
}

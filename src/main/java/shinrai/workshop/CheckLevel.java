package shinrai.workshop;

/** The three levels of the quality check (三级检验), in the order they are passed. */
public enum CheckLevel {
    /** The technician's own check (自检). */
    SELF,
    /** The team leader's (foreman's) check (互检). */
    TEAM_LEADER,
    /** The QC inspector's final check (终检). */
    FINAL;

    public String messageKey() {
        return "repairOrder.check." + name();
    }
}

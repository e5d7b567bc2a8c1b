package shinrai.retention;

/** What came of an entry, as its owner records it. */
public enum ListResult {
    RESOLVED,
    UNRESOLVED,
    WON_BACK,
    UNREACHABLE,
    MOVED_AWAY,
    VEHICLE_SOLD,
    WENT_ELSEWHERE,
    DECLINED,
    OTHER;

    public String messageKey() {
        return "retention.result." + name();
    }
}

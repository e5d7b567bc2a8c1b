package shinrai.workshop;

/**
 * What the customer's concern is about, chosen by the advisor with the diagnosis. The same concern back on the same
 * car within the dealer's window makes the order a comeback (返修) even when different work is done for it.
 */
public enum ConcernCategory {
    ENGINE,
    TRANSMISSION,
    BRAKES,
    STEERING_AND_SUSPENSION,
    ELECTRICAL,
    AIR_CONDITIONING,
    NOISE_AND_VIBRATION,
    LEAK,
    TYRES_AND_WHEELS,
    BODY_AND_PAINT,
    OTHER;

    public String messageKey() {
        return "repairOrder.concern." + name();
    }
}

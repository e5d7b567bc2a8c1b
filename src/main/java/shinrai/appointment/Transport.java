package shinrai.appointment;

/** How the car gets to the workshop and back. */
public enum Transport {
    WAIT,
    DROP_OFF,
    PICKUP_DELIVERY
}

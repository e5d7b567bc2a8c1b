package shinrai.appointment;

/** How the appointment was made. */
public enum BookingChannel {
    PHONE,
    WALK_IN,
    ONLINE,
    API
}

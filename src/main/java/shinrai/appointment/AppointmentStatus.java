package shinrai.appointment;

/**
 * Where an appointment stands. BOOKED until the car arrives (ARRIVED) and the advisor receives it (RECEIVED), or it
 * never comes (NO_SHOW) or is called off (CANCELLED). All but the last two keep their place in the slot and their
 * hours in the workshop.
 */
public enum AppointmentStatus {
    BOOKED,
    ARRIVED,
    RECEIVED,
    NO_SHOW,
    CANCELLED;

    /** Whether the appointment still holds its place in the slot and its hours in the workshop. */
    public boolean holdsCapacity() {
        return this != NO_SHOW && this != CANCELLED;
    }
}

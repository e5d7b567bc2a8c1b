package shinrai.dealer;

/**
 * What a staff member may do. Pages and API endpoints check permissions, never roles, so the role matrix lives in
 * one place ({@link Role}) and the README's table is generated from it. The catalogue already names the
 * capabilities of modules still to come, so the matrix is decided once.
 */
public enum Permission {
    DEALER_SETTINGS_MANAGE,
    STAFF_MANAGE,
    AUDIT_READ,
    NETWORK_DEALERS_READ,
    NETWORK_KPI_READ,
    DEALER_KPI_READ,
    CUSTOMER_READ,
    CUSTOMER_WRITE,
    CUSTOMER_CONTACT_VIEW,
    CUSTOMER_MERGE,
    CUSTOMER_IMPORT_EXPORT,
    APPOINTMENT_BOOK,
    BOOKING_SET_UP,
    RECEPTION_PERFORM,
    REPAIR_ORDER_WRITE,
    REPAIR_ORDER_DISPATCH,
    REPAIR_WORK,
    INSPECTION_TEAM_LEADER,
    INSPECTION_FINAL,
    /** Approves a discount above the dealer's limit for what an advisor may give on their own. */
    DISCOUNT_APPROVE,
    SETTLEMENT,
    FOLLOW_UP_CALL,
    /** Oversees follow-up calls: every agent's queue and load, overdue calls, reassigning, the call terms and script. */
    FOLLOW_UP_MANAGE,
    /**
     * Manages the dealer's satisfaction surveys: the questionnaire its follow-up calls and survey links ask, the CSI
     * factor weights, its own questionnaires, and the month's scores per dealer, advisor and technician.
     */
    SURVEY_MANAGE,
    /**
     * Writes and retires the network's own questionnaires, which every dealer of the network may ask, and reads their
     * results dealer by dealer: the network's one write in survey data.
     */
    NETWORK_SURVEY_MANAGE,
    /** Takes complaints: opens them, talks with the customer, records what was found, done and given. */
    COMPLAINT_HANDLE,
    /**
     * Oversees complaints: gives them owners, approves goodwill above the dealer's limit, hears of escalations, sets
     * the deadlines, the goodwill limit and the dissatisfaction rule.
     */
    COMPLAINT_MANAGE,
    /**
     * Raises a complaint to one of the network's dealers, on a repair order the network sees (the brand's hotline):
     * the one write a network user makes in a dealer's data.
     */
    NETWORK_COMPLAINT_RAISE,
    CARE_CAMPAIGN_MANAGE,
    PARTS_MANAGE,
    PARTS_ISSUE,
    /** Metrics ({@code /actuator/prometheus}) and health details: installation-wide, so never a dealer's. */
    OPERATIONS_MONITOR;

    /** The message key of the permission's label. */
    public String messageKey() {
        return "permission." + name();
    }
}

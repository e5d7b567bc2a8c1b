package shinrai.dealer;

import static shinrai.dealer.Permission.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The jobs people do in a dealership and the network above it; a staff member may hold several. */
public enum Role {
    DEALER_ADMIN(
            DEALER_SETTINGS_MANAGE,
            STAFF_MANAGE,
            AUDIT_READ,
            DEALER_KPI_READ,
            CUSTOMER_READ,
            BOOKING_SET_UP,
            COMPLAINT_MANAGE),
    /**
     * The general manager (总经理): reads the dealer's figures and every complaint, approves goodwill, hears of a
     * complaint still unresolved after the service manager was told (escalation level 2).
     */
    GENERAL_MANAGER(AUDIT_READ, DEALER_KPI_READ, CUSTOMER_READ, COMPLAINT_MANAGE),
    SERVICE_MANAGER(
            AUDIT_READ,
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
            DISCOUNT_APPROVE,
            FOLLOW_UP_MANAGE,
            SURVEY_MANAGE,
            COMPLAINT_HANDLE,
            COMPLAINT_MANAGE,
            CARE_CAMPAIGN_MANAGE),
    SERVICE_ADVISOR(
            CUSTOMER_READ,
            CUSTOMER_WRITE,
            CUSTOMER_CONTACT_VIEW,
            APPOINTMENT_BOOK,
            RECEPTION_PERFORM,
            REPAIR_ORDER_WRITE,
            COMPLAINT_HANDLE),
    TECHNICIAN(CUSTOMER_READ, REPAIR_WORK),
    FOREMAN(CUSTOMER_READ, REPAIR_ORDER_DISPATCH, REPAIR_WORK, INSPECTION_TEAM_LEADER),
    QC_INSPECTOR(CUSTOMER_READ, INSPECTION_FINAL),
    CASHIER(CUSTOMER_READ, CUSTOMER_CONTACT_VIEW, SETTLEMENT),
    CUSTOMER_RELATIONS(
            CUSTOMER_READ,
            CUSTOMER_WRITE,
            CUSTOMER_CONTACT_VIEW,
            CUSTOMER_IMPORT_EXPORT,
            FOLLOW_UP_CALL,
            COMPLAINT_HANDLE,
            CARE_CAMPAIGN_MANAGE),
    PARTS_CLERK(PARTS_MANAGE, PARTS_ISSUE),
    /**
     * Works for the network, not a dealer: reads across its dealers and changes nothing there, but for raising a
     * complaint from the network's hotline to the dealer it is about; writes the network's own questionnaires, which
     * its dealers may ask.
     */
    NETWORK_ANALYST(NETWORK_DEALERS_READ, NETWORK_KPI_READ, NETWORK_COMPLAINT_RAISE, NETWORK_SURVEY_MANAGE),
    /**
     * Runs the installation: watches its metrics and health, sees no dealer's data. Belongs to no dealer, so a
     * dealer admin can neither grant it nor hold it.
     */
    OPERATIONS(OPERATIONS_MONITOR);

    private final Set<Permission> permissions;

    Role(Permission first, Permission... rest) {
        this.permissions = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** Network roles belong to staff without a dealer; every other role needs one. */
    public boolean isNetworkRole() {
        return this == NETWORK_ANALYST || this == OPERATIONS;
    }

    public String messageKey() {
        return "role." + name();
    }
}

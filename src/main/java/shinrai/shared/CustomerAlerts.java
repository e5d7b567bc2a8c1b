package shinrai.shared;

import java.util.List;

/**
 * What staff must see first whenever they meet a customer (an open complaint), as the modules that own those things
 * report it: shown at the top of the customer's 360° page and of the reception briefing, which ask every bean of
 * this type, so they need not depend on the modules that raise alerts.
 */
public interface CustomerAlerts {

    List<OpenItems.OpenItem> of(long customerId);
}

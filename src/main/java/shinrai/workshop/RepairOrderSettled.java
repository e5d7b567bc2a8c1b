package shinrai.workshop;

import java.time.Instant;
import shinrai.customer.CustomerId;
import shinrai.shared.Money;

/**
 * The bill is settled: paid, with any part left on a company's account as a receivable.
 *
 * @param onAccount what was left on account, zero when everything was paid
 */
public record RepairOrderSettled(
        long dealerId, RepairOrderId repairOrder, CustomerId customer, Money billed, Money onAccount, Instant at) {}

package shinrai.followup.api;

import java.util.List;
import shinrai.shared.Money;

/**
 * What the agent needs for one call, beside the call itself: the number (masked without the contact permission),
 * whether it was reported wrong, the order as billed and the script in the dealer's words (or the default, in the
 * language asked for).
 *
 * @param phone E.164 whole, or masked; empty when the customer has none
 * @param bill where the bill is, as a page and as JSON
 */
record CallSheetView(
        FollowUpView call,
        String phone,
        boolean wrongNumber,
        String customerWords,
        String diagnosis,
        List<String> workDone,
        Money customerPays,
        String advisor,
        String script,
        String bill) {}

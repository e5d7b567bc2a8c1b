package shinrai.followup;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import shinrai.workshop.Bill;

/**
 * What the agent has in front of them for one call: the task, the repair order as billed (number, car, the work
 * done, what the customer paid, their own words at reception), the ratings given at delivery, whom to call on which
 * number, and the script in the dealer's words.
 *
 * @param phone the number to call as the viewer may see it (masked without the contact permission); empty when the
 *     customer has none
 * @param phoneWhole whether {@code phone} is shown whole
 * @param wrongNumber the number was reported wrong before
 * @param script the dealer's own script with its placeholders filled, or {@code null} for the default script
 * @param scriptArguments the customer's name, the agent's, the dealer's, the car and the delivery day: the default
 *     script's arguments
 * @param names staff names by id: the advisor, the assigned agent, whoever recorded a call
 */
public record CallSheet(
        FollowUpCall call,
        Bill bill,
        long customerId,
        String customerName,
        String phone,
        boolean phoneWhole,
        boolean wrongNumber,
        @Nullable String script,
        List<String> scriptArguments,
        Map<Long, String> names,
        List<CallAttempt> attempts) {

    public String nameOf(@Nullable Object staffId) {
        if (staffId == null) {
            return "";
        }
        return names.getOrDefault(Long.valueOf(staffId.toString()), "-");
    }
}

package shinrai.customer;

import java.util.Map;

/**
 * How a customer wants to be contacted, as a call or a message needs it: whether each channel asked about is
 * granted now (a channel never asked about is absent, no consent), and the time of day they prefer to be called.
 */
public record ContactPreferences(Map<ConsentChannel, Boolean> standingAnswers, ContactTime preferredTime) {

    public ContactPreferences {
        standingAnswers = Map.copyOf(standingAnswers);
        if (preferredTime == null) {
            preferredTime = ContactTime.ANY;
        }
    }
}

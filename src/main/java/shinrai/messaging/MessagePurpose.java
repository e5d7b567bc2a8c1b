package shinrai.messaging;

import java.util.Map;
import shinrai.customer.ConsentChannel;

/**
 * Why a message is sent, which decides what consent it needs (PIPL). Service messages are those about the
 * customer's own open job: a car in the workshop (extra work to approve, ready for pick-up). They may go out without
 * a recorded consent, but never on a channel the customer explicitly withdrew. Everything else (booking
 * confirmations and reminders included, which the booking flow asks consent for) needs the channel granted.
 */
public enum MessagePurpose {
    /** Confirmation and reminder of an appointment the customer made. */
    BOOKING,
    /** About the customer's car while it is with the dealer. */
    OPEN_JOB,
    /** Care campaigns, greetings, offers. */
    MARKETING,
    /** The satisfaction survey after a visit (the link to the public survey page): needs the channel granted. */
    SURVEY;

    /** Whether the customer's standing answers (granted or withdrawn, per channel asked about) allow the channel. */
    boolean allows(ConsentChannel channel, Map<ConsentChannel, Boolean> granted) {
        Boolean answer = granted.get(channel);
        if (this == OPEN_JOB) {
            return answer == null || answer;
        }
        return Boolean.TRUE.equals(answer);
    }
}

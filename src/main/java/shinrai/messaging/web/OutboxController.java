package shinrai.messaging.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.customer.MobileNumber;
import shinrai.dealer.DealerDirectory;
import shinrai.messaging.Outbox;
import shinrai.messaging.QueuedMessage;

/** Every message waiting for the senders, newest first; addresses masked like every list of contact details. */
@Controller
@RequestMapping("/messages")
@PreAuthorize("hasAnyAuthority('APPOINTMENT_BOOK', 'FOLLOW_UP_CALL', 'CARE_CAMPAIGN_MANAGE')")
class OutboxController {

    static final int PAGE = 50;

    private final Outbox outbox;
    private final DealerDirectory dealers;

    OutboxController(Outbox outbox, DealerDirectory dealers) {
        this.outbox = outbox;
        this.dealers = dealers;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long before, Model model) {
        List<QueuedMessage> messages = outbox.newest(before, PAGE);
        model.addAttribute(
                "messages", messages.stream().map(m -> new Row(m, masked(m))).toList());
        model.addAttribute(
                "older", messages.size() == PAGE ? messages.get(PAGE - 1).id() : null);
        model.addAttribute("zone", dealers.current().zone());
        return "messaging/outbox";
    }

    private static String masked(QueuedMessage message) {
        return switch (message.channel()) {
            case SMS -> MobileNumber.of(message.address()).masked();
            default ->
                message.address().length() <= 3 ? "***" : message.address().substring(0, 3) + "***";
        };
    }

    record Row(QueuedMessage message, String maskedAddress) {}
}

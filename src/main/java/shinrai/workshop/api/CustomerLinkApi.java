package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.PublicAddress;
import shinrai.workshop.CustomerLinks;
import shinrai.workshop.RepairOrderId;

/**
 * The customer's links for integrators: the progress page of the car, and the approval of supplements, either sent
 * to the customer through Shinrai's outbox or handed back for the integrator's own app to deliver.
 */
@RestController
@RequestMapping("/api/v1/repair-orders/{id}")
@PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
@Tag(name = "Repair orders")
@SecurityRequirement(name = "bearer")
class CustomerLinkApi {

    private final CustomerLinks links;
    private final MessageSource texts;
    private final PublicAddress address;

    CustomerLinkApi(CustomerLinks links, MessageSource texts, PublicAddress address) {
        this.links = links;
        this.texts = texts;
        this.address = address;
    }

    @PostMapping("/progress-link")
    @Operation(
            summary = "The customer's progress page link (维修进度), sent to the customer or returned",
            description = "A signed link the customer opens without signing in: the stages of the repair, the promised"
                    + " time, the car and the dealer, no internals. It works for 30 days and closes 7 days after"
                    + " delivery. With send=true it goes through the outbox as a service message, on the first"
                    + " channel the customer can be reached on and has not withdrawn; sent=false with the reason"
                    + " when none.")
    LinkView progressLink(@PathVariable long id, @Valid @RequestBody LinkBody body) {
        RepairOrderId order = RepairOrderId.asked(id);
        return Boolean.TRUE.equals(body.send())
                ? sent(links.sendProgressLink(order, baseUrl()))
                : issued(links.progressLink(order, baseUrl()));
    }

    @PostMapping("/supplement-link")
    @Operation(
            summary = "The supplement approval link (增项确认), sent to the customer or returned (APPROVED, IN_REPAIR)",
            description = "A signed link to a page where the customer approves or declines each supplement waiting"
                    + " for an answer (the link's lines); it expires after 24 hours and can be answered once. The"
                    + " answer is recorded as an approval with method LINK: where the link was sent (masked), the"
                    + " address and browser it came from, recorded by the sender. Refused (409) when no supplement"
                    + " waits.")
    LinkView supplementLink(@PathVariable long id, @Valid @RequestBody LinkBody body) {
        RepairOrderId order = RepairOrderId.asked(id);
        return Boolean.TRUE.equals(body.send())
                ? sent(links.sendSupplementLink(order, baseUrl()))
                : issued(links.supplementLink(order, baseUrl()));
    }

    /** @param send whether Shinrai sends it to the customer, or only returns it */
    record LinkBody(@NotNull Boolean send) {}

    /**
     * A link and what became of it.
     *
     * @param lines the supplement lines an approval link offers
     * @param sentTo the masked address it was sent to
     * @param dueAt when it goes out (the dealer's sending hours may hold it)
     * @param notSent why it could not be sent, in the caller's language
     */
    record LinkView(
            String url,
            Instant expiresAt,
            Collection<Integer> lines,
            boolean sent,
            @Nullable String sentTo,
            @Nullable String channel,
            @Nullable Instant dueAt,
            @Nullable String notSent) {}

    private static LinkView issued(CustomerLinks.IssuedLink link) {
        return new LinkView(link.url(), link.expiresAt(), link.items(), false, null, null, null, null);
    }

    private LinkView sent(CustomerLinks.SentLink sent) {
        Locale locale = LocaleContextHolder.getLocale();
        return new LinkView(
                sent.link().url(),
                sent.link().expiresAt(),
                sent.link().items(),
                sent.sent(),
                sent.sentTo(),
                sent.channel(),
                sent.dueAt(),
                sent.notSent() == null ? null : texts.getMessage(sent.notSent(), null, locale));
    }

    /** Where customers reach this server: the configured public address, or this request's. */
    private String baseUrl() {
        return address.baseUrl();
    }
}

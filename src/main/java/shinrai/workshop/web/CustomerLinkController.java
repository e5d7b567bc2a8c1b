package shinrai.workshop.web;

import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.PublicAddress;
import shinrai.shared.BusinessRuleViolation;
import shinrai.workshop.CustomerLinks;
import shinrai.workshop.LineApproval;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;

/**
 * The advisor's side of the customer's links, on the repair order page: the progress link to copy or send, and the
 * supplement approval link to send while supplements wait for the customer. What happened to a sent link (sent to a
 * masked number, held for the dealer's sending hours, or not sent and why) comes back on top of the page.
 */
@Controller
@RequestMapping("/repair-orders/{id}")
@PreAuthorize("hasAuthority('REPAIR_ORDER_WRITE')")
class CustomerLinkController {

    private final CustomerLinks links;
    private final Workshop workshop;
    private final DealerDirectory dealers;
    private final PublicAddress address;

    CustomerLinkController(CustomerLinks links, Workshop workshop, DealerDirectory dealers, PublicAddress address) {
        this.links = links;
        this.workshop = workshop;
        this.dealers = dealers;
        this.address = address;
    }

    /** The card on the repair order page, loaded by htmx so the page's own controller need not know about links. */
    @GetMapping("/customer-links")
    String card(@PathVariable long id, Model model) {
        RepairOrderId orderId = RepairOrderId.asked(id);
        RepairOrder order = workshop.get(orderId);
        model.addAttribute("order", order);
        model.addAttribute("progressLink", links.progressLink(orderId, baseUrl()));
        model.addAttribute(
                "supplementWaiting",
                order.status().isOpen()
                        && order.lines().stream()
                                .anyMatch(l -> l.supplement() && l.approval() == LineApproval.PROPOSED));
        return "workshop/customer-links :: card";
    }

    @PostMapping("/progress-link")
    String sendProgressLink(@PathVariable long id, RedirectAttributes redirect) {
        return sent(id, redirect, () -> links.sendProgressLink(RepairOrderId.asked(id), baseUrl()));
    }

    @PostMapping("/supplement-link")
    String sendSupplementLink(@PathVariable long id, RedirectAttributes redirect) {
        return sent(id, redirect, () -> links.sendSupplementLink(RepairOrderId.asked(id), baseUrl()));
    }

    private String sent(
            long id, RedirectAttributes redirect, java.util.function.Supplier<CustomerLinks.SentLink> sending) {
        try {
            CustomerLinks.SentLink sent = sending.get();
            if (sent.sent()) {
                ZoneId zone = dealers.current().zone();
                redirect.addFlashAttribute("notice", "workshop.link.sent");
                redirect.addFlashAttribute("noticeArguments", new Object[] {
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "consent.channel." + sent.channel()),
                    sent.sentTo(),
                    java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm")
                            .format(sent.dueAt().atZone(zone))
                });
            } else {
                redirect.addFlashAttribute("problem", sent.notSent());
            }
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/repair-orders/" + id;
    }

    /** Where customers reach this server, as the request came in (a reverse proxy's forwarded headers believed). */
    /** Where customers reach this server: the configured public address, or this request's. */
    private String baseUrl() {
        return address.baseUrl();
    }
}

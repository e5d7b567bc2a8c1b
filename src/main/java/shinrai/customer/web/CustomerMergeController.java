package shinrai.customer.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.customer.Customer360;
import shinrai.customer.CustomerMerge;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;

/** A manager merges a duplicate into a customer, after seeing both records side by side. */
@Controller
@PreAuthorize("hasAuthority('CUSTOMER_MERGE')")
class CustomerMergeController {

    private final CustomerMerge merge;
    private final Customer360 overview;
    private final DealerDirectory dealers;

    CustomerMergeController(CustomerMerge merge, Customer360 overview, DealerDirectory dealers) {
        this.merge = merge;
        this.overview = overview;
        this.dealers = dealers;
    }

    @GetMapping("/customers/{id}/merge")
    String preview(@PathVariable long id, @RequestParam long duplicate, Model model, RedirectAttributes redirect) {
        if (duplicate == id) {
            redirect.addFlashAttribute("problem", "customer.error.mergeSelf");
            return "redirect:/customers/" + id;
        }
        var zone = dealers.current().zone();
        model.addAttribute("survivor", overview.of(id, zone));
        model.addAttribute("duplicate", overview.of(duplicate, zone));
        return "customer/merge";
    }

    @PostMapping("/customers/{id}/merge")
    String merge(@PathVariable long id, @RequestParam long duplicate, RedirectAttributes redirect) {
        try {
            merge.merge(id, duplicate);
            redirect.addFlashAttribute("notice", "customer.merged");
            // as text: a number argument would be formatted with grouping (客户编号 1,234)
            redirect.addFlashAttribute("noticeArguments", new Object[] {String.valueOf(duplicate)});
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/customers/" + id;
    }
}

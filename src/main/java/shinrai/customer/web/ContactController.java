package shinrai.customer.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.customer.ContactDetails;
import shinrai.customer.ContactPerson;
import shinrai.customer.FleetContacts;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/**
 * Adding and removing a company's contacts from its 360° page. A refused form goes back to the page with its errors
 * as flash attributes, so the page keeps one controller and the browser's address stays the customer's.
 */
@Controller
@RequestMapping("/customers/{customerId}/contacts")
@PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
class ContactController {

    private final FleetContacts contacts;

    ContactController(FleetContacts contacts) {
        this.contacts = contacts;
    }

    @PostMapping
    String add(
            @PathVariable long customerId,
            @Valid ContactForm contactForm,
            BindingResult result,
            RedirectAttributes redirect) {
        try {
            // Converted even when a field is already refused, so a bad mobile shows beside a missing name.
            ContactDetails details = contactForm.toDetails();
            if (!result.hasErrors()) {
                ContactPerson added = contacts.add(customerId, details);
                redirect.addFlashAttribute("notice", "contact.added");
                redirect.addFlashAttribute("noticeArguments", new Object[] {added.name()});
                return "redirect:/customers/" + customerId;
            }
        } catch (BusinessRuleViolation refused) {
            FormErrors.reject(result, refused);
        }
        redirect.addFlashAttribute("contactForm", contactForm);
        redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + "contactForm", result);
        return "redirect:/customers/" + customerId + "#contacts";
    }

    @PostMapping("/{contactId}/remove")
    String remove(@PathVariable long customerId, @PathVariable long contactId, RedirectAttributes redirect) {
        ContactPerson removed = contacts.remove(customerId, contactId);
        redirect.addFlashAttribute("notice", "contact.removed");
        redirect.addFlashAttribute("noticeArguments", new Object[] {removed.name()});
        return "redirect:/customers/" + customerId + "#contacts";
    }
}

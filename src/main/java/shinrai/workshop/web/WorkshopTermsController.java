package shinrai.workshop.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;
import shinrai.workshop.WorkshopSettings;

/**
 * The dealer admin sets the workshop's terms: the comeback window, how much discount an advisor may give on their
 * own, the VAT rate the prices include, and the service interval that dates the next maintenance on the bill.
 */
@Controller
@RequestMapping("/workshop/terms")
@PreAuthorize("hasAuthority('DEALER_SETTINGS_MANAGE')")
class WorkshopTermsController {

    private final WorkshopSettings settings;

    WorkshopTermsController(WorkshopSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("workshopTermsForm", WorkshopTermsForm.of(settings.terms()));
        return "workshop/terms";
    }

    @PostMapping
    String change(@Valid WorkshopTermsForm workshopTermsForm, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.change(workshopTermsForm.terms());
                redirect.addFlashAttribute("notice", "workshopTerms.saved");
                return "redirect:/workshop/terms";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "workshop/terms";
    }
}

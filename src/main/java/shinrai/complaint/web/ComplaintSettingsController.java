package shinrai.complaint.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.complaint.ComplaintSettings;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/**
 * The manager (or the dealer admin) sets the dealer's complaint terms: the deadlines per severity, the goodwill a
 * handler may give without a manager, and the rule that turns dissatisfaction into a complaint.
 */
@Controller
@RequestMapping("/complaints/settings")
@PreAuthorize("hasAnyAuthority('COMPLAINT_MANAGE', 'DEALER_SETTINGS_MANAGE')")
class ComplaintSettingsController {

    private final ComplaintSettings settings;

    ComplaintSettingsController(ComplaintSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("termsForm", ComplaintForms.TermsForm.of(settings.terms()));
        return "complaint/settings";
    }

    @PostMapping
    String change(
            @Valid @ModelAttribute("termsForm") ComplaintForms.TermsForm termsForm,
            BindingResult result,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.change(termsForm.terms());
                redirect.addFlashAttribute("notice", "complaint.settings.saved");
                return "redirect:/complaints/settings";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "complaint/settings";
    }
}

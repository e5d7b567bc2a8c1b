package shinrai.followup.web;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.followup.CallSheets;
import shinrai.followup.FollowUpSettings;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/**
 * The service manager (or the dealer admin, who sets up the dealer) sets the dealer's call terms: from which day after delivery a call is due and after which it is late,
 * how many unanswered calls before a customer counts as unreachable, and the call script in the dealer's own words.
 */
@Controller
@RequestMapping("/follow-ups/settings")
@PreAuthorize("hasAnyAuthority('FOLLOW_UP_MANAGE', 'DEALER_SETTINGS_MANAGE')")
class FollowUpSettingsController {

    private final FollowUpSettings settings;

    FollowUpSettingsController(FollowUpSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("callTermsForm", CallTermsForm.of(settings.terms()));
        model.addAttribute("placeholders", String.join(" ", CallSheets.PLACEHOLDERS));
        model.addAttribute("placeholderList", CallSheets.PLACEHOLDERS);
        return "followup/settings";
    }

    @PostMapping
    String change(@Valid CallTermsForm callTermsForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                settings.change(callTermsForm.terms());
                redirect.addFlashAttribute("notice", "followUp.settings.saved");
                return "redirect:/follow-ups/settings";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("placeholders", String.join(" ", CallSheets.PLACEHOLDERS));
        model.addAttribute("placeholderList", CallSheets.PLACEHOLDERS);
        return "followup/settings";
    }
}

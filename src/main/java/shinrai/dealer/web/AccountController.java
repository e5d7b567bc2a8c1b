package shinrai.dealer.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.Staff;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/** Every signed-in user may change their own password. */
@Controller
class AccountController {

    private final Staff staff;

    AccountController(Staff staff) {
        this.staff = staff;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("ownPasswordForm", OwnPasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@Valid OwnPasswordForm ownPasswordForm, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors() && !ownPasswordForm.newPassword().equals(ownPasswordForm.confirmation())) {
            result.rejectValue("confirmation", "account.error.confirmationMismatch");
        }
        if (!result.hasErrors()) {
            try {
                staff.changeOwnPassword(ownPasswordForm.currentPassword(), ownPasswordForm.newPassword());
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "account/password";
    }
}

package shinrai.dealer.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffPrincipal;
import shinrai.dealer.signin.SignedInSessions;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/** Every signed-in user may change their own password; their other sessions end. */
@Controller
class AccountController {

    private final Staff staff;
    private final SignedInSessions sessions;

    AccountController(Staff staff, SignedInSessions sessions) {
        this.staff = staff;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("ownPasswordForm", OwnPasswordForm.empty());
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(
            @Valid OwnPasswordForm ownPasswordForm,
            BindingResult result,
            @AuthenticationPrincipal StaffPrincipal signedIn,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!result.hasErrors() && !ownPasswordForm.newPassword().equals(ownPasswordForm.confirmation())) {
            result.rejectValue("confirmation", "account.error.confirmationMismatch");
        }
        if (!result.hasErrors()) {
            try {
                long accessVersion =
                        staff.changeOwnPassword(ownPasswordForm.currentPassword(), ownPasswordForm.newPassword());
                // Every other session of this account ends; this one, where the password was just proved, goes on.
                sessions.keepCurrentSession(signedIn, accessVersion, request, response);
                redirect.addFlashAttribute("notice", "account.password.changed");
                return "redirect:/";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "account/password";
    }
}

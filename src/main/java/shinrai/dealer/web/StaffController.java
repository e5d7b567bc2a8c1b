package shinrai.dealer.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/** A dealer admin manages their own dealer's staff: hire, change roles, disable, reset password, unlock. */
@Controller
@RequestMapping("/staff")
@PreAuthorize("hasAuthority('STAFF_MANAGE')")
class StaffController {

    private final Staff staff;
    private final DealerDirectory dealers;

    StaffController(Staff staff, DealerDirectory dealers) {
        this.staff = staff;
        this.dealers = dealers;
    }

    /** Times are shown in the dealer's own time zone, whatever the server's. */
    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return dealers.current().zone();
    }

    @ModelAttribute("assignableRoles")
    List<Role> assignableRoles() {
        return Arrays.stream(Role.values())
                .filter(role -> !role.isNetworkRole())
                .toList();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("members", staff.all());
        return "staff/list";
    }

    @GetMapping("/new")
    String hireForm(Model model) {
        model.addAttribute("staffForm", new StaffForm());
        model.addAttribute("hiring", true);
        return "staff/form";
    }

    @PostMapping("/new")
    String hire(@Valid StaffForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (form.getPassword() == null || form.getPassword().isBlank()) {
            result.rejectValue("password", "validation.required");
        }
        if (!result.hasErrors()) {
            try {
                StaffMember hired = staff.hire(new Staff.NewStaffMember(
                        form.getUsername(), form.getDisplayName(), form.getPassword(), form.getRoles()));
                redirect.addFlashAttribute("notice", "staff.hired");
                redirect.addFlashAttribute("noticeArguments", new Object[] {hired.displayName()});
                return "redirect:/staff";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("hiring", true);
        return "staff/form";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        StaffMember member = staff.get(id);
        StaffForm form = new StaffForm();
        form.setUsername(member.username());
        form.setDisplayName(member.displayName());
        form.setRoles(member.roles());
        form.setEnabled(member.enabled());
        model.addAttribute("staffForm", form);
        model.addAttribute("member", member);
        model.addAttribute("hiring", false);
        return "staff/form";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid StaffForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                StaffMember member = staff.update(id, form.getDisplayName(), form.getRoles(), form.isEnabled());
                redirect.addFlashAttribute("notice", "staff.updated");
                redirect.addFlashAttribute("noticeArguments", new Object[] {member.displayName()});
                return "redirect:/staff";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("member", staff.get(id));
        model.addAttribute("hiring", false);
        return "staff/form";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String newPassword, RedirectAttributes redirect) {
        try {
            staff.resetPassword(id, newPassword);
            redirect.addFlashAttribute("notice", "staff.passwordReset");
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/staff/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        staff.unlock(id);
        redirect.addFlashAttribute("notice", "staff.unlocked");
        return "redirect:/staff/" + id;
    }
}

package shinrai.dealer.web;

import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.FormErrors;

/**
 * The dealer admin keeps the dealer's profile: contact details, opening hours, time zone, labour rate, and the hours in
 * which messages may ring a customer's phone.
 */
@Controller
@RequestMapping("/dealer/settings")
@PreAuthorize("hasAuthority('DEALER_SETTINGS_MANAGE')")
class DealerSettingsController {

    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.startsWith("Asia/") || zone.startsWith("Europe/") || zone.startsWith("America/"))
            .sorted()
            .toList();

    private final DealerDirectory dealers;

    DealerSettingsController(DealerDirectory dealers) {
        this.dealers = dealers;
    }

    @ModelAttribute("timeZones")
    List<String> timeZones() {
        return TIME_ZONES;
    }

    @GetMapping
    String show(Model model) {
        var dealer = dealers.current();
        model.addAttribute("dealer", dealer);
        model.addAttribute("dealerProfileForm", DealerProfileForm.of(dealer.profile(), dealer.sendingHours()));
        return "dealer/settings";
    }

    @PostMapping
    String update(
            @Valid DealerProfileForm dealerProfileForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                dealers.updateProfile(dealerProfileForm.toProfile(), dealerProfileForm.toSendingHours());
                redirect.addFlashAttribute("notice", "dealer.saved");
                return "redirect:/dealer/settings";
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("dealer", dealers.current());
        return "dealer/settings";
    }
}

package shinrai.vehicle;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.shared.BusinessRuleViolation;

/** The dealer's model list, and adding to it. */
@Controller
@PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
class ModelCatalogueController {

    private final ModelCatalogue catalogue;

    ModelCatalogueController(ModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/vehicles/models")
    String list(Model page) {
        page.addAttribute("models", catalogue.all());
        return "vehicle/models";
    }

    @PostMapping("/vehicles/models")
    String add(
            @RequestParam String brand,
            @RequestParam String series,
            @RequestParam(defaultValue = "") String modelName,
            RedirectAttributes redirect) {
        try {
            catalogue.add(new ModelCatalogue.Model(brand, series, modelName));
            redirect.addFlashAttribute("notice", "model.added");
            redirect.addFlashAttribute("noticeArguments", new Object[] {brand + " " + series + " " + modelName});
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        }
        return "redirect:/vehicles/models";
    }
}

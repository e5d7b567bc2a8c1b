package shinrai.customer.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import shinrai.customer.Disclosure;

/** Every page that shows a customer's contact details masks them through {@code ${disclosure}}. */
@ControllerAdvice(annotations = Controller.class)
class DisclosureOnEveryPage {

    @ModelAttribute("disclosure")
    Disclosure disclosure(Authentication viewer) {
        return Disclosure.to(viewer);
    }
}

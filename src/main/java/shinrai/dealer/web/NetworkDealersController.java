package shinrai.dealer.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import shinrai.dealer.DealerDirectory;

/** A network analyst's list of the network's dealers. */
@Controller
@PreAuthorize("hasAuthority('NETWORK_DEALERS_READ')")
class NetworkDealersController {

    private final DealerDirectory dealers;

    NetworkDealersController(DealerDirectory dealers) {
        this.dealers = dealers;
    }

    @GetMapping("/network/dealers")
    String list(Model model) {
        model.addAttribute("dealers", dealers.visibleDealers());
        return "network/dealers";
    }
}

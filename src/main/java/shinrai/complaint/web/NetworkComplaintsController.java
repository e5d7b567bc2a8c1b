package shinrai.complaint.web;

import java.time.Clock;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.complaint.NetworkComplaints;
import shinrai.dealer.DealerDirectory;

/**
 * The network's staff follow the complaints their hotline raised: per dealer, where each stands (status, owner,
 * deadlines, last contact with the customer, escalation, resolution). Times are shown in China's time, the
 * network's dealers' own.
 */
@Controller
@RequestMapping("/network/complaints")
@PreAuthorize("hasAuthority('NETWORK_COMPLAINT_RAISE')")
class NetworkComplaintsController {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NetworkComplaints complaints;
    private final DealerDirectory dealers;
    private final Clock clock;

    NetworkComplaintsController(NetworkComplaints complaints, DealerDirectory dealers, Clock clock) {
        this.complaints = complaints;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable Long dealer, Model model) {
        Long shown = dealer == null || dealer <= 0 ? null : dealer;
        model.addAttribute("rows", complaints.raised(shown));
        model.addAttribute("dealers", dealers.visibleDealers());
        model.addAttribute("dealer", shown);
        model.addAttribute("mostShown", NetworkComplaints.MOST_SHOWN);
        model.addAttribute("zone", CHINA);
        model.addAttribute("now", clock.instant());
        return "complaint/network";
    }
}

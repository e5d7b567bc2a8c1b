package shinrai.dealer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.dealer.DealerDirectory;

/** The dealers the caller may see: their own, or every dealer of their network. */
@RestController
@RequestMapping("/api/v1/dealers")
@Tag(name = "Dealers")
@SecurityRequirement(name = "bearer")
class DealerApi {

    private final DealerDirectory dealers;

    DealerApi(DealerDirectory dealers) {
        this.dealers = dealers;
    }

    @GetMapping
    @Operation(summary = "Dealers visible to the caller, with their active staff count")
    List<DealerDirectory.DealerSummary> visible() {
        return dealers.visibleDealers();
    }
}

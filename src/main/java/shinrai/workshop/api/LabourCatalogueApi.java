package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.shared.TextLimits;
import shinrai.workshop.LabourCatalogue;
import shinrai.workshop.LabourOperation;
import shinrai.workshop.WorkType;

/** The dealer's labour operations with their standard hours; the rate per hour is on the dealer's profile. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Labour catalogue")
@SecurityRequirement(name = "bearer")
class LabourCatalogueApi {

    private static final int MOST_FOUND = 50;

    private final LabourCatalogue catalogue;

    LabourCatalogueApi(LabourCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/labour-operations")
    @Operation(summary = "Active operations whose code starts with, or whose name contains, q (at most 50)")
    List<LabourOperation> search(@RequestParam(defaultValue = "") @Size(max = TextLimits.TOKEN) String q) {
        return catalogue.search(q, MOST_FOUND);
    }

    @PutMapping("/labour-operations/{code}")
    @PreAuthorize("hasAuthority('BOOKING_SET_UP')")
    @Operation(summary = "Add an operation, or change its name, type, standard hours or whether it is offered")
    LabourOperation save(@PathVariable String code, @Valid @RequestBody OperationBody body) {
        return catalogue.save(new LabourOperation(
                code, body.name(), body.workType(), body.standardHours(), !Boolean.FALSE.equals(body.active())));
    }

    record OperationBody(
            @NotNull @Size(max = TextLimits.NAME) String name,
            @NotNull WorkType workType,
            @NotNull @Digits(integer = 3, fraction = 2) BigDecimal standardHours,
            @org.jspecify.annotations.Nullable Boolean active) {}
}

package shinrai.parts.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.parts.Part;
import shinrai.parts.PartNumber;
import shinrai.parts.PartsCatalogue;
import shinrai.shared.Money;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;

/** The dealer's parts catalogue: looked up by advisors pricing a repair order, kept by the parts clerk. */
@RestController
@RequestMapping("/api/v1/parts")
@PreAuthorize("hasAnyAuthority('CUSTOMER_READ', 'PARTS_MANAGE')")
@Tag(name = "Parts catalogue")
@SecurityRequirement(name = "bearer")
class PartsApi {

    private static final int MOST_FOUND = 50;

    private final PartsCatalogue catalogue;

    PartsApi(PartsCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Parts whose number starts with, or whose name contains, q (at most 50)")
    List<Part> search(@RequestParam @Size(max = TextLimits.TOKEN) String q) {
        return catalogue.search(q, MOST_FOUND);
    }

    @GetMapping("/{number}")
    @Operation(summary = "One part as listed; fitToOrder=true follows supersessions to the part to fit")
    Part one(@PathVariable String number, @RequestParam(defaultValue = "false") boolean fitToOrder) {
        PartNumber wanted = PartNumber.of(number);
        return fitToOrder
                ? catalogue.partToFit(wanted)
                : catalogue.find(wanted).orElseThrow(() -> new NotFound("part", wanted));
    }

    @PutMapping("/{number}")
    @PreAuthorize("hasAuthority('PARTS_MANAGE')")
    @Operation(summary = "List a part, or change how it is listed")
    Part save(@PathVariable String number, @Valid @RequestBody PartBody body) {
        return catalogue.save(new Part(
                PartNumber.of(number),
                body.name(),
                body.unit(),
                Money.of(body.retailPrice()),
                body.supersededBy() == null || body.supersededBy().isBlank()
                        ? null
                        : PartNumber.of(body.supersededBy())));
    }

    record PartBody(
            @NotNull @Size(max = TextLimits.NAME) String name,
            @NotNull @Size(max = PartsCatalogue.UNIT) String unit,
            @NotNull @Digits(integer = 10, fraction = 2) BigDecimal retailPrice,
            @Nullable @Size(max = TextLimits.TOKEN) String supersededBy) {}
}

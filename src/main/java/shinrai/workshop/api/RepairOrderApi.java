package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrders;

/** Repair orders as opened at reception; the workshop's later states extend this. */
@RestController
@RequestMapping("/api/v1/repair-orders")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Repair orders")
@SecurityRequirement(name = "bearer")
class RepairOrderApi {

    private final RepairOrders orders;

    RepairOrderApi(RepairOrders orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    RepairOrder one(@PathVariable long id) {
        return orders.get(id);
    }
}

package shinrai.workshop.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrder;
import shinrai.workshop.RepairOrderId;
import shinrai.workshop.Workshop;

/** A repair order as opened at reception; the workshop's later steps add to this page. */
@Controller
@RequestMapping("/repair-orders")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
class RepairOrderController {

    private final Workshop orders;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final DealerDirectory dealers;

    RepairOrderController(
            Workshop orders, CustomerBook customers, VehicleRegister vehicles, Staff staff, DealerDirectory dealers) {
        this.orders = orders;
        this.customers = customers;
        this.vehicles = vehicles;
        this.staff = staff;
        this.dealers = dealers;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        RepairOrder order = orders.get(new RepairOrderId(id));
        long advisor = order.advisor().value();
        model.addAttribute("order", order);
        model.addAttribute("customer", customers.get(order.customer().value()));
        model.addAttribute("vehicle", vehicles.get(order.vehicle().value()));
        model.addAttribute("advisor", staff.displayNames(List.of(advisor)).getOrDefault(advisor, ""));
        model.addAttribute("zone", dealers.current().zone());
        return "workshop/repair-order";
    }
}

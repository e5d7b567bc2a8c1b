package shinrai.followup.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.followup.FollowUpCall;
import shinrai.followup.FollowUps;
import shinrai.vehicle.VehicleRegister;

/**
 * What every list of calls shows beside each task: the customer's name, the car, the agent, the dealer's time, and
 * which preferred times of day the agents do not call in.
 */
@Component
class CallLists {

    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final FollowUps followUps;
    private final Clock clock;

    CallLists(
            CustomerBook customers,
            VehicleRegister vehicles,
            Staff staff,
            DealerDirectory dealers,
            FollowUps followUps,
            Clock clock) {
        this.customers = customers;
        this.followUps = followUps;
        this.vehicles = vehicles;
        this.staff = staff;
        this.dealers = dealers;
        this.clock = clock;
    }

    void addTo(Model model, List<FollowUpCall> calls) {
        Map<Long, String> names =
                customers
                        .getAll(calls.stream()
                                .map(c -> c.customer().value())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Customer::id, Customer::name, (a, b) -> a));
        model.addAttribute("customerNames", names);
        model.addAttribute(
                "vehicles",
                vehicles.getAll(
                        calls.stream().map(c -> c.vehicle().value()).distinct().toList()));
        model.addAttribute(
                "staffNames",
                staff.displayNames(calls.stream()
                        .filter(c -> c.assignedTo() != null)
                        .map(c -> c.assignedTo().value())
                        .distinct()
                        .toList()));
        model.addAttribute("zone", dealers.current().zone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("outsideHours", followUps.timesOutsideCallingHours());
    }
}

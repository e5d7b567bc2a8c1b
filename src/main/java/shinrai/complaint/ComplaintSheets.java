package shinrai.complaint;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrderHistory;

/**
 * Complaints as pages and the API show them: with the customer's name, the car, the repair order's number and the
 * names of the staff in their story, read in a handful of queries for a whole list.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintSheets {

    private final ComplaintDesk desk;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final RepairOrderHistory repairOrders;
    private final Staff staff;

    ComplaintSheets(
            ComplaintDesk desk,
            CustomerBook customers,
            VehicleRegister vehicles,
            RepairOrderHistory repairOrders,
            Staff staff) {
        this.desk = desk;
        this.customers = customers;
        this.vehicles = vehicles;
        this.repairOrders = repairOrders;
        this.staff = staff;
    }

    /**
     * One complaint with the names around it.
     *
     * @param vehicle the car's plate (or VIN) and description; empty when the complaint names none
     * @param repairOrderNumber empty when the complaint names no repair order
     * @param names display names of the staff in the complaint's story, by id
     */
    public record ComplaintSheet(
            Complaint complaint,
            String customerName,
            String vehicle,
            String repairOrderNumber,
            Map<Long, String> names) {

        public String nameOf(@Nullable StaffId member) {
            return member == null ? "" : names.getOrDefault(member.value(), "-");
        }
    }

    public ComplaintSheet of(ComplaintId id) {
        return of(List.of(desk.get(id))).get(0);
    }

    public List<ComplaintSheet> of(List<Complaint> complaints) {
        Map<Long, Customer> byId =
                customers
                        .getAll(complaints.stream()
                                .map(c -> c.customer().value())
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Customer::id, Function.identity(), (a, b) -> a));
        Map<Long, Vehicle> cars = vehicles.getAll(complaints.stream()
                .map(Complaint::vehicle)
                .filter(Objects::nonNull)
                .map(v -> v.value())
                .distinct()
                .toList());
        Set<Long> people = new HashSet<>();
        for (Complaint c : complaints) {
            add(people, c.owner(), c.openedBy(), c.respondedBy(), c.resolvedBy(), c.confirmationBy(), c.closedBy());
            c.contacts().forEach(e -> add(people, e.recordedBy()));
            c.steps().forEach(s -> add(people, s.staff(), s.by()));
            c.goodwill().forEach(g -> add(people, g.givenBy(), g.decidedBy()));
        }
        Map<Long, String> names = staff.displayNames(people);
        Map<Long, String> orderNumbers = repairOrders.numbers(complaints.stream()
                .map(Complaint::repairOrder)
                .filter(Objects::nonNull)
                .toList());
        return complaints.stream()
                .map(c -> {
                    Customer customer = byId.get(c.customer().value());
                    Vehicle car =
                            c.vehicle() == null ? null : cars.get(c.vehicle().value());
                    return new ComplaintSheet(
                            c,
                            customer == null ? "" : customer.name(),
                            car == null ? "" : car.label() + " · " + car.description(),
                            c.repairOrder() == null
                                    ? ""
                                    : orderNumbers.getOrDefault(c.repairOrder().value(), ""),
                            names);
                })
                .toList();
    }

    private static void add(Set<Long> people, @Nullable StaffId... members) {
        for (StaffId member : members) {
            if (member != null) {
                people.add(member.value());
            }
        }
    }
}

package shinrai.appointment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Staff;
import shinrai.messaging.QueuedMessage;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/** Appointments with the names and cars a page shows beside them: five queries for a whole day. */
@Component
public class AppointmentLines {

    private final Appointments appointments;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;

    AppointmentLines(Appointments appointments, CustomerBook customers, VehicleRegister vehicles, Staff staff) {
        this.appointments = appointments;
        this.customers = customers;
        this.vehicles = vehicles;
        this.staff = staff;
    }

    public List<Line> of(List<Appointment> list) {
        Map<Long, Customer> customerById = new java.util.HashMap<>();
        customers
                .getAll(list.stream().map(Appointment::customerId).distinct().toList())
                .forEach(c -> customerById.put(c.id(), c));
        Map<Long, Vehicle> vehicleById = vehicles.getAll(
                list.stream().map(Appointment::vehicleId).distinct().toList());
        Set<Long> staffIds = new HashSet<>();
        list.forEach(a -> {
            staffIds.add(a.advisorId());
            if (a.technicianId() != null) {
                staffIds.add(a.technicianId());
            }
        });
        Map<Long, String> names = staff.displayNames(staffIds);
        Map<Long, List<QueuedMessage>> messages = appointments.messages(list);
        return list.stream()
                .map(a -> new Line(
                        a,
                        customerById.get(a.customerId()),
                        vehicleById.get(a.vehicleId()),
                        names.getOrDefault(a.advisorId(), ""),
                        a.technicianId() == null ? null : names.get(a.technicianId()),
                        messages.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** One appointment as a row or a card. */
    public record Line(
            Appointment appointment,
            Customer customer,
            Vehicle vehicle,
            String advisor,
            @Nullable String technician,
            List<QueuedMessage> messages) {

        public String car() {
            return vehicle.label();
        }
    }
}

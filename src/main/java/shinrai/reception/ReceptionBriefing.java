package shinrai.reception;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.appointment.Appointment;
import shinrai.appointment.Appointments;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.shared.CustomerAlerts;
import shinrai.shared.OpenItems;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.DeclinedWork;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderSummary;

/**
 * What the advisor reads before greeting the customer: who they are and how to address them, the car's earlier
 * visits and bookings, what is still open, and what the customer said when booking. A handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class ReceptionBriefing {

    static final int HISTORY = 10;

    private final VehicleRegister vehicles;
    private final CustomerBook customers;
    private final Appointments appointments;
    private final RepairOrderHistory repairOrders;
    private final java.time.Clock clock;
    private final List<CustomerAlerts> alerts;

    ReceptionBriefing(
            VehicleRegister vehicles,
            CustomerBook customers,
            Appointments appointments,
            RepairOrderHistory repairOrders,
            java.time.Clock clock,
            List<CustomerAlerts> alerts) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.appointments = appointments;
        this.repairOrders = repairOrders;
        this.clock = clock;
        this.alerts = alerts;
    }

    public Briefing of(long vehicleId, @Nullable Long appointmentId) {
        Vehicle vehicle = vehicles.get(vehicleId);
        Customer customer = customers.get(Objects.requireNonNull(vehicle.ownerId()));
        Appointment appointment = appointmentId == null ? null : appointments.get(appointmentId);
        if (appointment != null && appointment.vehicleId() != vehicleId) {
            throw new InvalidReception("appointmentId", "reception.error.otherVehicle");
        }
        List<RepairOrderSummary> visits = repairOrders.historyOf(List.of(new VehicleId(vehicleId)), HISTORY);
        List<Appointment> bookings = appointments.ofVehicles(List.of(vehicleId), HISTORY).stream()
                .filter(a -> appointment == null || a.id() != appointment.id())
                .toList();
        return new Briefing(
                customer,
                vehicle,
                vehicles.lastReading(vehicleId).orElse(null),
                appointment,
                visits,
                visits.stream().filter(o -> o.status().isOpen()).toList(),
                repairOrders.declinedWorkOf(List.of(new VehicleId(vehicleId)), HISTORY),
                repairOrders.inComebackWindow(new VehicleId(vehicleId), clock.instant()),
                bookings,
                customers.wrongNumbers(customer.id()),
                alerts.stream()
                        .flatMap(source -> source.of(customer.id()).stream())
                        .sorted(java.util.Comparator.comparing(OpenItems.OpenItem::when))
                        .toList());
    }

    /**
     * @param openOrders repair orders of the car not yet delivered
     * @param declinedWork work the customer declined on an earlier visit and has not had done: offer it again
     * @param inComebackWindow the visits delivered so recently that the same job again would be a comeback
     * @param earlierBookings the car's other appointments, no-shows and cancellations included
     * @param wrongNumbers the customer's numbers (E.164) reported wrong, with when: ask for the right one
     * @param alerts what staff must see first about the customer: an open complaint
     */
    public record Briefing(
            Customer customer,
            Vehicle vehicle,
            @Nullable OdometerReading lastReading,
            @Nullable Appointment appointment,
            List<RepairOrderSummary> visits,
            List<RepairOrderSummary> openOrders,
            List<DeclinedWork> declinedWork,
            java.util.Set<shinrai.workshop.RepairOrderId> inComebackWindow,
            List<Appointment> earlierBookings,
            java.util.Map<String, java.time.Instant> wrongNumbers,
            List<OpenItems.OpenItem> alerts) {}
}

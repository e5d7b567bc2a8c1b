package shinrai.customer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.CustomerAlerts;
import shinrai.shared.OpenItems;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * Everything the advisor needs before greeting the customer: the profile, a company's contacts, consents, vehicles
 * with their last odometer reading and next maintenance, and the timeline. Assembled in a handful of queries.
 */
@Service
@Transactional(readOnly = true)
public class Customer360 {

    /** Until the care module plans maintenance, the common interval: six months after the last reading. */
    static final int MAINTENANCE_INTERVAL_MONTHS = 6;

    private final CustomerBook book;
    private final VehicleRegister vehicles;
    private final CustomerTimeline timeline;
    private final FleetContacts contacts;
    private final List<OpenItems> openItems;
    private final List<CustomerAlerts> alerts;

    Customer360(
            CustomerBook book,
            VehicleRegister vehicles,
            CustomerTimeline timeline,
            FleetContacts contacts,
            List<OpenItems> openItems,
            List<CustomerAlerts> alerts) {
        this.book = book;
        this.vehicles = vehicles;
        this.timeline = timeline;
        this.contacts = contacts;
        this.openItems = openItems;
        this.alerts = alerts;
    }

    public Overview of(long customerId, ZoneId zone) {
        Customer customer = book.get(customerId);
        List<Vehicle> cars = vehicles.ownedBy(List.of(customerId));
        Map<Long, OdometerReading> readings =
                vehicles.lastReadings(cars.stream().map(Vehicle::id).toList());
        List<VehicleLine> owned = cars.stream()
                .map(vehicle -> line(vehicle, readings.get(vehicle.id()), zone))
                .toList();
        List<Consent> consents = book.consentHistory(customerId);
        return new Overview(
                customer,
                Consent.currentOf(consents),
                consents,
                owned,
                timeline.recent(customerId, 50),
                contacts.of(customerId),
                openItems.stream()
                        .flatMap(source -> source.of(customerId).stream())
                        .sorted(java.util.Comparator.comparing(OpenItems.OpenItem::when))
                        .toList(),
                alerts.stream()
                        .flatMap(source -> source.of(customerId).stream())
                        .sorted(java.util.Comparator.comparing(OpenItems.OpenItem::when))
                        .toList());
    }

    private static VehicleLine line(Vehicle vehicle, @Nullable OdometerReading last, ZoneId zone) {
        LocalDate lastSeen = last == null ? null : last.readAt().atZone(zone).toLocalDate();
        LocalDate from = lastSeen != null ? lastSeen : vehicle.purchaseDate();
        return new VehicleLine(
                vehicle, last, lastSeen, from == null ? null : from.plusMonths(MAINTENANCE_INTERVAL_MONTHS));
    }

    /** The 360° view of one customer. */
    public record Overview(
            Customer customer,
            Map<ConsentChannel, Consent> consents,
            List<Consent> consentHistory,
            List<VehicleLine> vehicles,
            List<CustomerTimeline.Entry> timeline,
            List<ContactPerson> contacts,
            List<OpenItems.OpenItem> openItems,
            List<OpenItems.OpenItem> alerts) {}

    /**
     * A vehicle with what the advisor looks at first.
     *
     * @param nextMaintenance an estimate until the care module plans maintenance
     */
    public record VehicleLine(
            Vehicle vehicle,
            @Nullable OdometerReading lastReading,
            @Nullable LocalDate lastSeen,
            @Nullable LocalDate nextMaintenance) {}
}

package shinrai.appointment;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.MobileNumber;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/**
 * The customer's own booking page: no account, the plate and the mobile number on file identify the car. Both
 * must belong together, and a mismatch says no more than that, so the page cannot be used to find out whose car a
 * plate is or whether a number is a customer's.
 */
@Service
@Transactional
public class OnlineBooking {

    private final VehicleRegister vehicles;
    private final CustomerBook customers;
    private final Appointments appointments;

    OnlineBooking(VehicleRegister vehicles, CustomerBook customers, Appointments appointments) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.appointments = appointments;
    }

    /** The car and its owner when this plate is on file with this mobile number; invalid input throws. */
    @Transactional(readOnly = true)
    public Optional<Identified> identify(String plate, String mobile) {
        PlateNumber typedPlate = PlateNumber.of(plate);
        MobileNumber typedMobile = MobileNumber.of(mobile);
        return vehicles.withPlate(typedPlate.value(), 5).stream()
                .filter(match -> match.ownerId() != null)
                .map(match -> new Identified(customers.get(match.ownerId()), vehicles.get(match.vehicleId())))
                .filter(found -> !found.customer().isMerged())
                .filter(found -> found.customer().profile().mobiles().contains(typedMobile))
                .findFirst();
    }

    /**
     * Books as the identified customer, for their identified car; the advisor is whoever has room and the channel is
     * the booking page, whatever the form carried.
     */
    public Appointments.Booked book(Identified car, BookingRequest asked) {
        return appointments.book(new BookingRequest(
                car.customer().id(),
                car.vehicle().id(),
                asked.day(),
                asked.time(),
                null,
                asked.services(),
                asked.description(),
                asked.transport(),
                BookingChannel.ONLINE,
                asked.consentToMessages()));
    }

    public record Identified(Customer customer, Vehicle vehicle) {}
}

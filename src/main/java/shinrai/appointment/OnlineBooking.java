package shinrai.appointment;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.MobileNumber;
import shinrai.dealer.DealerDirectory;
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
    private final DealerDirectory dealers;

    OnlineBooking(
            VehicleRegister vehicles, CustomerBook customers, Appointments appointments, DealerDirectory dealers) {
        this.vehicles = vehicles;
        this.customers = customers;
        this.appointments = appointments;
        this.dealers = dealers;
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
     * the booking page, whatever the form carried. A car booked that day already, or in the workshop now, is not
     * booked again: the customer is told so and given the dealer's number, since only the desk can judge whether a
     * second visit is meant.
     */
    public Appointments.Booked book(Identified car, BookingRequest asked) {
        try {
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
                    asked.consentToMessages(),
                    false));
        } catch (CarAlreadyExpected expected) {
            String phone = dealers.current().phone();
            throw expected.inWorkshop()
                    ? new InvalidBooking("vehicleId", "publicBooking.inWorkshop", phone)
                    : new InvalidBooking(
                            "vehicleId",
                            "publicBooking.alreadyBooked",
                            expected.arguments()[0],
                            expected.arguments()[1],
                            phone);
        }
    }

    public record Identified(Customer customer, Vehicle vehicle) {}
}

package shinrai;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import shinrai.customer.ContactTime;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSource;
import shinrai.customer.Gender;
import shinrai.customer.MobileNumber;
import shinrai.shared.DealerScope;
import shinrai.vehicle.PlateNumber;
import shinrai.vehicle.VehicleDetails;
import shinrai.vehicle.VehicleRegister;
import shinrai.vehicle.Vin;

/** Registers a person with one car through the application's own services, for tests that need a car to book. */
public final class CustomersWithCars {

    private final CustomerBook customers;
    private final VehicleRegister vehicles;

    public CustomersWithCars(CustomerBook customers, VehicleRegister vehicles) {
        this.customers = customers;
        this.vehicles = vehicles;
    }

    /**
     * @param vin seventeen characters whose ninth is replaced by the check digit, so any pattern makes a valid VIN
     */
    public Registered register(
            DealerScope dealer,
            String name,
            @Nullable Gender gender,
            String mobile,
            String wechatId,
            String vin,
            String plate) {
        return dealer.call(() -> {
            long customer = customers
                    .register(
                            new CustomerProfile(
                                    CustomerKind.PERSON,
                                    name,
                                    "",
                                    gender,
                                    null,
                                    List.of(MobileNumber.of(mobile)),
                                    List.of(),
                                    "",
                                    wechatId,
                                    "",
                                    null,
                                    CustomerSource.PHONE,
                                    Set.of(),
                                    null,
                                    ContactTime.ANY,
                                    ""),
                            true)
                    .id();
            long vehicle = vehicles.register(
                            customer,
                            new VehicleDetails(
                                    Vin.of(withCheckDigit(vin)),
                                    PlateNumber.of(plate),
                                    "丰田",
                                    "卡罗拉",
                                    "",
                                    2022,
                                    "",
                                    "",
                                    null,
                                    null,
                                    "",
                                    null))
                    .id();
            return new Registered(customer, vehicle);
        });
    }

    public static String withCheckDigit(String vin) {
        return vin.substring(0, 8) + Vin.checkDigitFor(vin) + vin.substring(9);
    }

    public record Registered(long customerId, long vehicleId) {}
}

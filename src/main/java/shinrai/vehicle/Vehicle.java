package shinrai.vehicle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A car the dealer knows: identified by its VIN, carrying a plate (which can change), a model, dates that drive
 * warranty and insurance reminders, and its current owner. Past owners and odometer readings are kept apart.
 */
@Table(schema = "vehicle", name = "vehicle")
public class Vehicle {

    private @Id @Nullable Long id;
    private final long dealerId;
    private final String vin;
    private @Nullable String plate;
    private @Nullable Long ownerId;
    private String brand;
    private String series;
    private String modelName;
    private @Nullable Integer modelYear;
    private String colour;
    private String engineNumber;
    private @Nullable LocalDate purchaseDate;
    private @Nullable LocalDate warrantyStart;
    private String insuranceCompany;
    private @Nullable LocalDate insuranceExpiry;
    private @Version @Nullable Integer version;

    Vehicle(
            @Nullable Long id,
            long dealerId,
            String vin,
            @Nullable String plate,
            @Nullable Long ownerId,
            String brand,
            String series,
            String modelName,
            @Nullable Integer modelYear,
            String colour,
            String engineNumber,
            @Nullable LocalDate purchaseDate,
            @Nullable LocalDate warrantyStart,
            String insuranceCompany,
            @Nullable LocalDate insuranceExpiry,
            @Nullable Integer version) {
        this.id = id;
        this.dealerId = dealerId;
        this.vin = new Vin(vin).value();
        this.plate = plate;
        this.ownerId = ownerId;
        this.brand = brand;
        this.series = series;
        this.modelName = modelName;
        this.modelYear = modelYear;
        this.colour = colour;
        this.engineNumber = engineNumber;
        this.purchaseDate = purchaseDate;
        this.warrantyStart = warrantyStart;
        this.insuranceCompany = insuranceCompany;
        this.insuranceExpiry = insuranceExpiry;
        this.version = version;
    }

    static Vehicle register(long dealerId, long ownerId, VehicleDetails details) {
        Vehicle vehicle = new Vehicle(
                null,
                dealerId,
                details.vin().value(),
                null,
                ownerId,
                "",
                "",
                "",
                null,
                "",
                "",
                null,
                null,
                "",
                null,
                null);
        vehicle.describe(details);
        return vehicle;
    }

    /**
     * The vehicle was inserted by a statement of the register's own rather than by the repository: it takes its id,
     * and the first version the repository would have given it.
     */
    void stored(long newId) {
        this.id = newId;
        this.version = 0;
    }

    /** Updates what may change about a car; its VIN never does. */
    void describe(VehicleDetails details) {
        if (!details.vin().value().equals(vin)) {
            throw new VehicleChangeRefused("vin", "vehicle.error.vinIsPermanent");
        }
        this.plate = details.plate() == null ? null : details.plate().value();
        this.brand = details.brand().trim();
        this.series = details.series().trim();
        this.modelName = details.modelName().trim();
        this.modelYear = details.modelYear();
        this.colour = details.colour().trim();
        this.engineNumber = details.engineNumber().trim().toUpperCase(java.util.Locale.ROOT);
        this.purchaseDate = details.purchaseDate();
        this.warrantyStart = details.warrantyStart();
        this.insuranceCompany = details.insuranceCompany().trim();
        this.insuranceExpiry = details.insuranceExpiry();
    }

    void changeOwner(long newOwnerId) {
        this.ownerId = newOwnerId;
    }

    public @Nullable Long id() {
        return id;
    }

    public long dealerId() {
        return dealerId;
    }

    public Vin vin() {
        return new Vin(vin);
    }

    public @Nullable PlateNumber plate() {
        return plate == null ? null : PlateNumber.of(plate);
    }

    public @Nullable Long ownerId() {
        return ownerId;
    }

    public String brand() {
        return brand;
    }

    public String series() {
        return series;
    }

    public String modelName() {
        return modelName;
    }

    public @Nullable Integer modelYear() {
        return modelYear;
    }

    public String colour() {
        return colour;
    }

    public String engineNumber() {
        return engineNumber;
    }

    public @Nullable LocalDate purchaseDate() {
        return purchaseDate;
    }

    public @Nullable LocalDate warrantyStart() {
        return warrantyStart;
    }

    public String insuranceCompany() {
        return insuranceCompany;
    }

    public @Nullable LocalDate insuranceExpiry() {
        return insuranceExpiry;
    }

    /** How the car is named in lists and messages: its plate, or its VIN while it has none. */
    public String label() {
        PlateNumber registered = plate();
        return registered == null ? vin().value() : registered.value();
    }

    /** "丰田 凯美瑞 2.0G 2022" — what staff call the car. */
    public String description() {
        return String.join(" ", brand, series, modelName, modelYear == null ? "" : modelYear.toString())
                .trim()
                .replaceAll("\\s+", " ");
    }
}

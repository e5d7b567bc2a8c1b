package shinrai.vehicle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;

/** What is recorded about a vehicle; VIN and plate arrive already validated. */
public record VehicleDetails(
        Vin vin,
        @Nullable PlateNumber plate,
        String brand,
        String series,
        String modelName,
        @Nullable Integer modelYear,
        String colour,
        String engineNumber,
        @Nullable LocalDate purchaseDate,
        @Nullable LocalDate warrantyStart,
        String insuranceCompany,
        @Nullable LocalDate insuranceExpiry) {

    /**
     * Details as typed into a form or a request: VIN and plate are validated together, so both errors come back
     * at once as {@link InvalidInput}, each under its own field.
     */
    public static VehicleDetails typed(
            @Nullable String vin,
            @Nullable String plate,
            @Nullable String brand,
            @Nullable String series,
            @Nullable String modelName,
            @Nullable Integer modelYear,
            @Nullable String colour,
            @Nullable String engineNumber,
            @Nullable LocalDate purchaseDate,
            @Nullable LocalDate warrantyStart,
            @Nullable String insuranceCompany,
            @Nullable LocalDate insuranceExpiry) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        Vin checkedVin = invalid.attempt("vin", () -> Vin.of(vin == null ? "" : vin), null);
        PlateNumber checkedPlate =
                plate == null || plate.isBlank() ? null : invalid.attempt("plate", () -> PlateNumber.of(plate), null);
        invalid.throwIfAny();
        return new VehicleDetails(
                checkedVin,
                checkedPlate,
                brand,
                series,
                modelName,
                modelYear,
                colour,
                engineNumber,
                purchaseDate,
                warrantyStart,
                insuranceCompany,
                insuranceExpiry);
    }

    public VehicleDetails {
        brand = brand == null ? "" : brand;
        series = series == null ? "" : series;
        modelName = modelName == null ? "" : modelName;
        colour = colour == null ? "" : colour;
        engineNumber = engineNumber == null ? "" : engineNumber;
        insuranceCompany = insuranceCompany == null ? "" : insuranceCompany;
    }
}

package shinrai.vehicle;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

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
    /** Field lengths, shared by the vehicle form, the API and the import. */
    public static final int BRAND = 60;

    public static final int SERIES = 60;
    public static final int MODEL_NAME = 120;
    public static final int COLOUR = 40;
    public static final int ENGINE_NUMBER = 40;
    public static final int INSURANCE_COMPANY = 100;

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
        TextLimits.check(invalid, "brand", brand, BRAND);
        TextLimits.check(invalid, "series", series, SERIES);
        TextLimits.check(invalid, "modelName", modelName, MODEL_NAME);
        TextLimits.check(invalid, "colour", colour, COLOUR);
        TextLimits.check(invalid, "engineNumber", engineNumber, ENGINE_NUMBER);
        TextLimits.check(invalid, "insuranceCompany", insuranceCompany, INSURANCE_COMPANY);
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

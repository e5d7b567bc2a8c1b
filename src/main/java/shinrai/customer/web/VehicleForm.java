package shinrai.customer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import shinrai.shared.TextLimits;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleDetails;

/** The vehicle page's fields; VIN and plate are validated together so both errors show at once. */
public class VehicleForm {

    @Size(max = TextLimits.TOKEN)
    private String vin = "";

    @Size(max = TextLimits.TOKEN)
    private String plate = "";

    @Size(max = VehicleDetails.BRAND)
    private String brand = "";

    @Size(max = VehicleDetails.SERIES)
    private String series = "";

    @Size(max = VehicleDetails.MODEL_NAME)
    private String modelName = "";

    @Min(1950)
    @Max(2100)
    private @Nullable Integer modelYear;

    @Size(max = VehicleDetails.COLOUR)
    private String colour = "";

    @Size(max = VehicleDetails.ENGINE_NUMBER)
    private String engineNumber = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate purchaseDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate warrantyStart;

    @Size(max = VehicleDetails.INSURANCE_COMPANY)
    private String insuranceCompany = "";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate insuranceExpiry;

    @Min(0)
    @Max(3000000)
    private @Nullable Integer kilometres;

    /** The form filled in with what is on record, for editing; readings are recorded apart. */
    static VehicleForm of(Vehicle vehicle) {
        VehicleForm form = new VehicleForm();
        form.vin = vehicle.vin().value();
        form.plate = vehicle.plate() == null ? "" : vehicle.plate().value();
        form.brand = vehicle.brand();
        form.series = vehicle.series();
        form.modelName = vehicle.modelName();
        form.modelYear = vehicle.modelYear();
        form.colour = vehicle.colour();
        form.engineNumber = vehicle.engineNumber();
        form.purchaseDate = vehicle.purchaseDate();
        form.warrantyStart = vehicle.warrantyStart();
        form.insuranceCompany = vehicle.insuranceCompany();
        form.insuranceExpiry = vehicle.insuranceExpiry();
        return form;
    }

    VehicleDetails toDetails() {
        return VehicleDetails.typed(
                vin,
                plate,
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

    public String getVin() {
        return vin;
    }

    public void setVin(String vin) {
        this.vin = vin;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getSeries() {
        return series;
    }

    public void setSeries(String series) {
        this.series = series;
    }

    public String getModelName() {
        return modelName;
    }

    public void setModelName(String modelName) {
        this.modelName = modelName;
    }

    public @Nullable Integer getModelYear() {
        return modelYear;
    }

    public void setModelYear(@Nullable Integer modelYear) {
        this.modelYear = modelYear;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public String getEngineNumber() {
        return engineNumber;
    }

    public void setEngineNumber(String engineNumber) {
        this.engineNumber = engineNumber;
    }

    public @Nullable LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(@Nullable LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public @Nullable LocalDate getWarrantyStart() {
        return warrantyStart;
    }

    public void setWarrantyStart(@Nullable LocalDate warrantyStart) {
        this.warrantyStart = warrantyStart;
    }

    public String getInsuranceCompany() {
        return insuranceCompany;
    }

    public void setInsuranceCompany(String insuranceCompany) {
        this.insuranceCompany = insuranceCompany;
    }

    public @Nullable LocalDate getInsuranceExpiry() {
        return insuranceExpiry;
    }

    public void setInsuranceExpiry(@Nullable LocalDate insuranceExpiry) {
        this.insuranceExpiry = insuranceExpiry;
    }

    public @Nullable Integer getKilometres() {
        return kilometres;
    }

    public void setKilometres(@Nullable Integer kilometres) {
        this.kilometres = kilometres;
    }
}

package shinrai.vehicle;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

/** Vehicles for integrators: register, describe, odometer readings, ownership transfer. */
@RestController
@RequestMapping("/api/v1/vehicles")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Vehicles")
@SecurityRequirement(name = "bearer")
class VehicleApi {

    private final VehicleRegister register;
    private final Clock clock;

    VehicleApi(VehicleRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    @Operation(summary = "Register a vehicle for a customer (VIN checked per ISO 3779 / GB 16735, plate per GA 36)")
    ResponseEntity<VehicleView> register(@Valid @RequestBody VehicleRequest request) {
        if (request.ownerId() == null) {
            throw new InvalidInput(List.of(new VehicleChangeRefused("ownerId", "vehicle.error.ownerRequired")));
        }
        Vehicle vehicle = register.register(request.ownerId(), request.toDetails());
        if (request.kilometres() != null) {
            register.recordOdometer(
                    vehicle.id(),
                    new OdometerReading(request.kilometres(), clock.instant(), false, OdometerReading.Source.API));
        }
        return ResponseEntity.created(URI.create("/api/v1/vehicles/" + vehicle.id()))
                .body(VehicleView.of(vehicle));
    }

    @GetMapping("/{id}")
    VehicleView one(@PathVariable long id) {
        return VehicleView.of(register.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    VehicleView describe(@PathVariable long id, @Valid @RequestBody VehicleRequest request) {
        return VehicleView.of(register.describe(id, request.toDetails()));
    }

    @GetMapping("/{id}/odometer-readings")
    @Operation(summary = "Readings newest first, a page at a time: pass the last readAt as before for the next page")
    List<OdometerReading> readings(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Instant before,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        register.get(id);
        return register.odometerHistory(id, before, limit);
    }

    @PostMapping("/{id}/odometer-readings")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    @Operation(summary = "Record a reading; lower than the last one only with meterReplaced=true")
    ResponseEntity<List<OdometerReading>> recordReading(
            @PathVariable long id, @Valid @RequestBody ReadingRequest request) {
        register.recordOdometer(
                id,
                new OdometerReading(
                        request.kilometres(),
                        request.readAt() == null ? clock.instant() : request.readAt(),
                        Boolean.TRUE.equals(request.meterReplaced()),
                        OdometerReading.Source.API));
        return ResponseEntity.status(201).body(register.odometerHistory(id, 200));
    }

    @GetMapping("/{id}/ownerships")
    List<VehicleRegister.Ownership> ownerships(@PathVariable long id) {
        register.get(id);
        return register.ownershipHistory(id);
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    @Operation(summary = "Pass the vehicle to another customer; the service history stays with the vehicle")
    VehicleView transfer(@PathVariable long id, @Valid @RequestBody TransferRequest request) {
        register.transfer(
                id,
                request.newOwnerId(),
                request.reason() == null ? "SOLD" : request.reason().name());
        return VehicleView.of(register.get(id));
    }

    record VehicleRequest(
            @Nullable Long ownerId,
            @Nullable @Size(max = TextLimits.TOKEN) String vin,
            @Nullable @Size(max = TextLimits.TOKEN) String plate,
            @Nullable @Size(max = VehicleDetails.BRAND) String brand,
            @Nullable @Size(max = VehicleDetails.SERIES) String series,
            @Nullable @Size(max = VehicleDetails.MODEL_NAME) String modelName,
            @Nullable @Min(1950) @Max(2100) Integer modelYear,
            @Nullable @Size(max = VehicleDetails.COLOUR) String colour,

            @Nullable @Size(max = VehicleDetails.ENGINE_NUMBER)
            String engineNumber,

            @Nullable LocalDate purchaseDate,
            @Nullable LocalDate warrantyStart,

            @Nullable @Size(max = VehicleDetails.INSURANCE_COMPANY)
            String insuranceCompany,

            @Nullable LocalDate insuranceExpiry,
            @Nullable @Min(0) @Max(3000000) Integer kilometres) {

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
    }

    record ReadingRequest(
            @NotNull @Min(0) @Max(3000000) Integer kilometres,
            @Nullable Instant readAt,
            @Nullable Boolean meterReplaced) {}

    record TransferRequest(
            @NotNull Long newOwnerId, @Nullable TransferReason reason) {}

    record VehicleView(
            long id,
            @Nullable Long ownerId,
            String vin,
            @Nullable String plate,
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

        static VehicleView of(Vehicle v) {
            return new VehicleView(
                    v.id(),
                    v.ownerId(),
                    v.vin().value(),
                    v.plate() == null ? null : v.plate().value(),
                    v.brand(),
                    v.series(),
                    v.modelName(),
                    v.modelYear(),
                    v.colour(),
                    v.engineNumber(),
                    v.purchaseDate(),
                    v.warrantyStart(),
                    v.insuranceCompany(),
                    v.insuranceExpiry());
        }
    }
}

package shinrai.customer.importing;

import org.jspecify.annotations.Nullable;
import shinrai.customer.CustomerProfile;
import shinrai.vehicle.VehicleDetails;

/** One good line of a file: the customer it describes and, if given, their vehicle and its odometer. */
record ImportedRow(
        long line,
        CustomerProfile customer,
        @Nullable VehicleDetails vehicle,
        @Nullable Integer kilometres) {}

package shinrai.customer.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The vehicle page's odometer form: a reading, and whether the meter was replaced since the last one. */
public class ReadingForm {

    @NotNull
    @Min(0)
    @Max(3000000)
    private @Nullable Integer kilometres;

    private boolean meterReplaced;

    public @Nullable Integer getKilometres() {
        return kilometres;
    }

    public void setKilometres(@Nullable Integer kilometres) {
        this.kilometres = kilometres;
    }

    public boolean isMeterReplaced() {
        return meterReplaced;
    }

    public void setMeterReplaced(boolean meterReplaced) {
        this.meterReplaced = meterReplaced;
    }
}

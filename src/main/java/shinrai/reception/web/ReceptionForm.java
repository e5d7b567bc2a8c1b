package shinrai.reception.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.reception.DamageMark;
import shinrai.reception.ReceptionRequest;

/** The walk-around as the advisor fills it in; damage marks arrive as indexed fields added by the car diagram. */
public class ReceptionForm {

    private String customerWords = "";
    private @Nullable Integer kilometres;
    private boolean meterReplaced;
    private @Nullable Integer fuelEighths;
    private String valuables = "";
    private List<Mark> damage = new ArrayList<>();
    private boolean seatCover;
    private boolean floorMat;
    private boolean steeringWheelCover;

    /** Missing numbers stay missing: the reception says which are, together with every other problem. */
    ReceptionRequest toRequest(@Nullable Long appointmentId, long vehicleId) {
        return new ReceptionRequest(
                appointmentId,
                vehicleId,
                customerWords,
                kilometres,
                meterReplaced,
                fuelEighths,
                valuables,
                damage.stream()
                        .filter(m -> m.getX() != null && m.getY() != null)
                        .map(m -> new DamageMark(m.getX(), m.getY(), m.getKind(), m.getNote()))
                        .toList(),
                seatCover,
                floorMat,
                steeringWheelCover);
    }

    public String getCustomerWords() {
        return customerWords;
    }

    /** Kept exactly as typed: no trimming, no normalising, the customer's words are evidence. */
    public void setCustomerWords(String customerWords) {
        this.customerWords = customerWords == null ? "" : customerWords;
    }

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

    public @Nullable Integer getFuelEighths() {
        return fuelEighths;
    }

    public void setFuelEighths(@Nullable Integer fuelEighths) {
        this.fuelEighths = fuelEighths;
    }

    public String getValuables() {
        return valuables;
    }

    public void setValuables(String valuables) {
        this.valuables = valuables == null ? "" : valuables;
    }

    public List<Mark> getDamage() {
        return damage;
    }

    public void setDamage(List<Mark> damage) {
        this.damage = damage == null ? new ArrayList<>() : damage;
    }

    /** The three covers share one error message, which needs a field to stand under. */
    public String getCovers() {
        return "";
    }

    public boolean isSeatCover() {
        return seatCover;
    }

    public void setSeatCover(boolean seatCover) {
        this.seatCover = seatCover;
    }

    public boolean isFloorMat() {
        return floorMat;
    }

    public void setFloorMat(boolean floorMat) {
        this.floorMat = floorMat;
    }

    public boolean isSteeringWheelCover() {
        return steeringWheelCover;
    }

    public void setSteeringWheelCover(boolean steeringWheelCover) {
        this.steeringWheelCover = steeringWheelCover;
    }

    /** One mark on the diagram. */
    public static class Mark {

        private @Nullable BigDecimal x;
        private @Nullable BigDecimal y;
        private DamageMark.Kind kind = DamageMark.Kind.SCRATCH;
        private String note = "";

        public @Nullable BigDecimal getX() {
            return x;
        }

        public void setX(@Nullable BigDecimal x) {
            this.x = x;
        }

        public @Nullable BigDecimal getY() {
            return y;
        }

        public void setY(@Nullable BigDecimal y) {
            this.y = y;
        }

        public DamageMark.Kind getKind() {
            return kind;
        }

        public void setKind(DamageMark.Kind kind) {
            this.kind = kind;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note == null ? "" : note;
        }
    }
}

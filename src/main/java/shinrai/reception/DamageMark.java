package shinrai.reception;

import java.math.BigDecimal;

/**
 * Visible damage found on the walk-around, marked on the car diagram.
 *
 * @param x across the diagram, in per cent of its width
 * @param y down the diagram, in per cent of its height
 */
public record DamageMark(BigDecimal x, BigDecimal y, Kind kind, String note) {

    public DamageMark {
        note = note == null ? "" : note.strip();
    }

    public enum Kind {
        SCRATCH,
        DENT,
        CHIP,
        CRACK,
        OTHER
    }
}

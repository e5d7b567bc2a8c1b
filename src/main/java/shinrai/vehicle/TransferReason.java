package shinrai.vehicle;

/** Why a vehicle passes to another customer, as staff choose it; a merge of duplicates records MERGED itself. */
public enum TransferReason {
    SOLD,
    INHERITED,
    CORRECTED
}

package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * One line of a repair order: a labour operation (which is also a job for a technician), a part, sublet work or
 * another charge. Only {@link RepairOrder} changes it; everyone else reads it.
 */
public final class RepairOrderLine {

    static final String HOURS = "h";

    private final int number;
    private final LineKind kind;
    private final @Nullable String code;
    private final String description;
    private final String reason;
    private final BigDecimal quantity;
    private final String unit;
    private final Money unitPrice;
    private final Payer payer;
    private final @Nullable WorkType workType;
    private final boolean supplement;
    private final @Nullable Comeback comeback;
    private LineApproval approval;
    private @Nullable Integer approvalNumber;
    private @Nullable JobStatus job;
    private @Nullable StaffId technician;
    private @Nullable BayId bay;
    private @Nullable PauseReason pauseReason;
    private @Nullable Instant clockedOnAt;
    private long clockedSeconds;
    private int reworks;
    /** Whether the line has a row yet: loaded lines have, a line proposed since loading has not. */
    private boolean stored = true;

    private boolean changed;

    RepairOrderLine(
            int number,
            LineKind kind,
            @Nullable String code,
            String description,
            String reason,
            BigDecimal quantity,
            String unit,
            Money unitPrice,
            Payer payer,
            @Nullable WorkType workType,
            boolean supplement,
            @Nullable Comeback comeback,
            LineApproval approval,
            @Nullable Integer approvalNumber,
            @Nullable JobStatus job,
            @Nullable StaffId technician,
            @Nullable BayId bay,
            @Nullable PauseReason pauseReason,
            @Nullable Instant clockedOnAt,
            long clockedSeconds,
            int reworks) {
        this.number = number;
        this.kind = kind;
        this.code = code;
        this.description = description;
        this.reason = reason;
        this.quantity = quantity;
        this.unit = unit;
        this.unitPrice = unitPrice;
        this.payer = payer;
        this.workType = workType;
        this.supplement = supplement;
        this.comeback = comeback;
        this.approval = approval;
        this.approvalNumber = approvalNumber;
        this.job = job;
        this.technician = technician;
        this.bay = bay;
        this.pauseReason = pauseReason;
        this.clockedOnAt = clockedOnAt;
        this.clockedSeconds = clockedSeconds;
        this.reworks = reworks;
    }

    /** A line just added: proposed to the customer, and a waiting job if it is labour. */
    static RepairOrderLine proposed(int number, LineDraft draft, boolean supplement) {
        RepairOrderLine line = new RepairOrderLine(
                number,
                draft.kind(),
                draft.code(),
                draft.description(),
                draft.reason(),
                draft.quantity(),
                draft.unit(),
                draft.unitPrice(),
                draft.payer(),
                draft.workType(),
                supplement,
                draft.comeback(),
                LineApproval.PROPOSED,
                null,
                draft.kind() == LineKind.LABOUR ? JobStatus.WAITING : null,
                null,
                null,
                null,
                null,
                0,
                0);
        line.stored = false;
        line.changed = true;
        return line;
    }

    public int number() {
        return number;
    }

    public LineKind kind() {
        return kind;
    }

    /** The labour operation's code or the part number. */
    public @Nullable String code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** The fault this line fixes, as the bill explains it. */
    public String reason() {
        return reason;
    }

    /** Hours for labour, a count or volume for parts, one for sublet and other charges. */
    public BigDecimal quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    /** The labour rate, the part's retail price, or the sublet's price. */
    public Money unitPrice() {
        return unitPrice;
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }

    public Payer payer() {
        return payer;
    }

    public @Nullable WorkType workType() {
        return workType;
    }

    /** Found during the repair, after the estimate was approved. */
    public boolean supplement() {
        return supplement;
    }

    /** The earlier job on this car this one repeats within the dealer's window, if it does. */
    public @Nullable Comeback comeback() {
        return comeback;
    }

    public LineApproval approval() {
        return approval;
    }

    /** The customer approval that decided this line. */
    public @Nullable Integer approvalNumber() {
        return approvalNumber;
    }

    public boolean isJob() {
        return kind == LineKind.LABOUR;
    }

    /** The job's state; {@code null} for lines that are not labour. */
    public @Nullable JobStatus job() {
        return job;
    }

    public @Nullable StaffId technician() {
        return technician;
    }

    /** The bay the job is to be done in, or was done in; {@code null} when the foreman named none. */
    public @Nullable BayId bay() {
        return bay;
    }

    public @Nullable PauseReason pauseReason() {
        return pauseReason;
    }

    public @Nullable Instant clockedOnAt() {
        return clockedOnAt;
    }

    /** Time clocked on the job so far, not counting a stretch still running. */
    public Duration clocked() {
        return Duration.ofSeconds(clockedSeconds);
    }

    /** How often a failed quality check sent this job back. */
    public int reworks() {
        return reworks;
    }

    /** Approved work that still has to be done. */
    boolean isOutstandingJob() {
        return isJob() && approval == LineApproval.APPROVED && job != JobStatus.DONE;
    }

    boolean changed() {
        return changed;
    }

    /** Proposed since the order was loaded: the line's row is still to be inserted. */
    boolean isNew() {
        return !stored;
    }

    void saved() {
        stored = true;
        changed = false;
    }

    /** The line as stored, apart from this one: what a step does to the copy leaves this one as it is. */
    RepairOrderLine copy() {
        if (changed) {
            throw new IllegalStateException("line " + number + " has changes not yet saved");
        }
        return new RepairOrderLine(
                number,
                kind,
                code,
                description,
                reason,
                quantity,
                unit,
                unitPrice,
                payer,
                workType,
                supplement,
                comeback,
                approval,
                approvalNumber,
                job,
                technician,
                bay,
                pauseReason,
                clockedOnAt,
                clockedSeconds,
                reworks);
    }

    void decide(LineApproval decision, int approval) {
        this.approval = decision;
        this.approvalNumber = approval;
        this.changed = true;
    }

    void assign(StaffId technician) {
        this.technician = technician;
        this.changed = true;
    }

    void placeIn(@Nullable BayId bay) {
        if (!java.util.Objects.equals(this.bay, bay)) {
            this.bay = bay;
            this.changed = true;
        }
    }

    void clockOn(StaffId technician, Instant at) {
        this.technician = technician;
        this.job = JobStatus.IN_PROGRESS;
        this.pauseReason = null;
        this.clockedOnAt = at;
        this.changed = true;
    }

    /** Ends the running stretch of work, answering it for the time sheet. */
    TimeEntry clockOff(JobStatus next, @Nullable PauseReason reason, Instant at) {
        Instant started = java.util.Objects.requireNonNull(clockedOnAt);
        TimeEntry entry = new TimeEntry(number, java.util.Objects.requireNonNull(technician), bay, started, at);
        this.clockedSeconds += entry.duration().toSeconds();
        this.clockedOnAt = null;
        this.job = next;
        this.pauseReason = reason;
        this.changed = true;
        return entry;
    }

    void sendBackForRework() {
        this.job = JobStatus.WAITING;
        this.reworks++;
        this.changed = true;
    }
}

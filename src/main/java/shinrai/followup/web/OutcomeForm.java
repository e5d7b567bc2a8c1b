package shinrai.followup.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shinrai.followup.CallOutcome;
import shinrai.shared.TextLimits;

/** What the agent records after a call: the outcome and a note, on the version of the task they saw. */
record OutcomeForm(
        @NotNull Integer version,
        @NotNull CallOutcome outcome,
        @Nullable @Size(max = TextLimits.NOTE) String note) {

    String noteText() {
        return note == null ? "" : note;
    }
}

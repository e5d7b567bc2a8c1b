package shinrai.retention.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import shinrai.retention.ListKind;
import shinrai.retention.ListResult;
import shinrai.retention.MonthlyLists;

/** An entry of a list taken in hand: its owner, result and note, on the version of the entry the user saw. */
record EntryForm(
        @NotNull ListKind kind,
        @NotNull @Positive Long customer,

        @NotBlank @Pattern(regexp = "(call|order|complaint):[0-9]{1,18}")
        String subject,

        @Nullable @Positive Long owner,
        @Nullable ListResult result,
        @Nullable @Size(max = MonthlyLists.NOTE_LIMIT) String note,
        @Nullable Integer version) {}

package shinrai.followup.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/** The manager gives a call to an agent, or to nobody when {@code agent} is empty. */
record AssigneeForm(
        @NotNull Integer version, @Nullable @Positive Long agent) {}

package shinrai.dealer.web;

import jakarta.validation.constraints.NotBlank;

/** Changing one's own password: the current one, the new one twice. */
public record OwnPasswordForm(
        @NotBlank String currentPassword, @NotBlank String newPassword, String confirmation) {

    static OwnPasswordForm empty() {
        return new OwnPasswordForm("", "", "");
    }
}

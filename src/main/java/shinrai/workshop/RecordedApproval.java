package shinrai.workshop;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * A customer's approval as the order's page and API show it as evidence: how it was given, by whom, who recorded it
 * and when, what it covered, and whether a signature image is kept (served apart, to the dealer's staff only).
 *
 * @param phone for a call, the number called as the advisor typed it; for a link, where it was sent (masked when
 *     stored); {@code null} for a signature
 * @param signed whether a signature drawn on the tablet is kept
 * @param clientIp for a link, the address the answer came from
 * @param userAgent for a link, the browser it came from
 * @param supplement whether it answered supplements proposed during the repair rather than the estimate
 * @param approvedLines the lines it approved
 * @param declinedLines the lines it declined
 */
public record RecordedApproval(
        int number,
        CustomerApproval.Method method,
        String approvedByName,
        @Nullable String phone,
        boolean signed,
        Money amount,
        StaffId recordedBy,
        Instant recordedAt,
        @Nullable String clientIp,
        @Nullable String userAgent,
        boolean supplement,
        List<Integer> approvedLines,
        List<Integer> declinedLines) {

    /** The number called, for an approval on the phone. */
    public @Nullable String calledNumber() {
        return method == CustomerApproval.Method.PHONE_CALL ? phone : null;
    }

    /** Where the link was sent, masked, for an answer by link. */
    public @Nullable String sentTo() {
        return method == CustomerApproval.Method.LINK ? phone : null;
    }
}

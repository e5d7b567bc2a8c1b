package shinrai.workshop;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/**
 * The customer's agreement to an estimate or a supplement, kept as evidence: who agreed, how, to what amount, and
 * who recorded it.
 *
 * @param signaturePng the signature drawn on the tablet at the desk; {@code null} for a phone call
 * @param phone the number the call was made to; for a link, where it was sent (masked); {@code null} for a signature
 * @param clientIp for a link, the address the answer came from
 * @param userAgent for a link, the browser it came from
 */
public record CustomerApproval(
        int number,
        Method method,
        String approvedByName,
        @Nullable String phone,
        byte @Nullable [] signaturePng,
        Money amount,
        StaffId recordedBy,
        Instant recordedAt,
        @Nullable String clientIp,
        @Nullable String userAgent) {

    public enum Method {
        /** Signed on the tablet at the service desk. */
        SIGNATURE,
        /** Agreed on a call the advisor recorded. */
        PHONE_CALL,
        /** Answered by the customer on the page of a link the advisor sent (recorded by whoever sent it). */
        LINK;

        public String messageKey() {
            return "repairOrder.approvalMethod." + name();
        }
    }
}

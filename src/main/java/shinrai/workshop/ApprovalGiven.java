package shinrai.workshop;

import org.jspecify.annotations.Nullable;

/**
 * How the customer gave their approval: a signature on the desk's tablet, a call whose number the advisor records,
 * or an answer on the page of a link sent to them (from which address and browser).
 */
public record ApprovalGiven(
        CustomerApproval.Method method,
        String approvedByName,
        @Nullable String phone,
        byte @Nullable [] signaturePng,
        @Nullable String clientIp,
        @Nullable String userAgent) {

    /** At the desk or on the phone, where there is no browser to name. */
    public ApprovalGiven(
            CustomerApproval.Method method,
            String approvedByName,
            @Nullable String phone,
            byte @Nullable [] signaturePng) {
        this(method, approvedByName, phone, signaturePng, null, null);
    }
}

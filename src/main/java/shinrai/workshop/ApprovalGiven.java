package shinrai.workshop;

import org.jspecify.annotations.Nullable;

/**
 * How the customer gave their approval: a signature on the desk's tablet, or a call whose number the advisor
 * records.
 */
public record ApprovalGiven(
        CustomerApproval.Method method,
        String approvedByName,
        @Nullable String phone,
        byte @Nullable [] signaturePng) {}

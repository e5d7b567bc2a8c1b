package shinrai.dealer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Links sent to customers: only a genuine, unaltered link for the page's purpose, and only until it expires. */
class PublicLinksTest {

    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final PublicLink APPROVAL = new PublicLink(
            7, PublicLink.Purpose.SUPPLEMENT_APPROVAL, 4211, List.of(4, 5), 31L, NOW.plus(Duration.ofHours(24)));

    final PublicLinks links = links("the installation's secret, 32 bytes or more", NOW);

    @Test
    void aGenuineLinkReadsBackAsIssued() {
        String token = links.issue(APPROVAL);
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{22}").hasSizeLessThan(100);
        assertThat(links.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL)).isEqualTo(APPROVAL);

        PublicLink progress =
                new PublicLink(7, PublicLink.Purpose.REPAIR_PROGRESS, 4211, List.of(), null, NOW.plusSeconds(60));
        assertThat(links.verify(links.issue(progress), PublicLink.Purpose.REPAIR_PROGRESS))
                .isEqualTo(progress);
    }

    @Test
    void aTamperedLinkIsRefusedAsInvalid() {
        String token = links.issue(APPROVAL);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII);
        String otherOrder = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("~4211~", "~4212~").getBytes(StandardCharsets.US_ASCII));
        String flippedSignature = parts[1].charAt(0) == 'A' ? "B" + parts[1].substring(1) : "A" + parts[1].substring(1);

        for (String forged : List.of(
                otherOrder + "." + parts[1],
                parts[0] + "." + flippedSignature,
                parts[0],
                token + ".x",
                "",
                "not a token at all",
                "%%%.%%%",
                "A".repeat(5000))) {
            assertThat(refusal(forged, PublicLink.Purpose.SUPPLEMENT_APPROVAL))
                    .as(forged)
                    .isEqualTo(PublicLinkRefused.Reason.INVALID);
        }
        assertThat(refusal(null, PublicLink.Purpose.SUPPLEMENT_APPROVAL)).isEqualTo(PublicLinkRefused.Reason.INVALID);
    }

    @Test
    void aLinkSignedWithAnotherInstallationsKeyIsRefused() {
        String theirs =
                links("another installation's secret, also long enough", NOW).issue(APPROVAL);
        assertThat(refusal(theirs, PublicLink.Purpose.SUPPLEMENT_APPROVAL)).isEqualTo(PublicLinkRefused.Reason.INVALID);
    }

    @Test
    void anExpiredLinkIsRefusedAsExpiredFromTheSecondItExpires() {
        String token = links.issue(APPROVAL);
        PublicLinks aDayLater = links("the installation's secret, 32 bytes or more", APPROVAL.expiresAt());
        assertThat(catchRefusal(() -> aDayLater.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL)))
                .isEqualTo(PublicLinkRefused.Reason.EXPIRED);
        assertThat(PublicLinkRefused.Reason.EXPIRED.httpStatus()).isEqualTo(410);
        PublicLinks aSecondBefore = links(
                "the installation's secret, 32 bytes or more",
                APPROVAL.expiresAt().minusSeconds(1));
        assertThat(aSecondBefore.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL))
                .isEqualTo(APPROVAL);
    }

    @Test
    void aLinkForOnePurposeIsRefusedByTheOthersPage() {
        String approval = links.issue(APPROVAL);
        assertThat(refusal(approval, PublicLink.Purpose.REPAIR_PROGRESS)).isEqualTo(PublicLinkRefused.Reason.INVALID);
        assertThat(PublicLinkRefused.Reason.INVALID.httpStatus()).isEqualTo(404);
    }

    @Test
    void aLinkNamesItsOwnDealerAndCannotBeTurnedToAnother() {
        String token = links.issue(APPROVAL);
        assertThat(links.verify(token, PublicLink.Purpose.SUPPLEMENT_APPROVAL).dealerId())
                .isEqualTo(7);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII);
        String otherDealer = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replaceFirst("^1~7~", "1~8~").getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(otherDealer + "." + parts[1], PublicLink.Purpose.SUPPLEMENT_APPROVAL))
                .isEqualTo(PublicLinkRefused.Reason.INVALID);
        // the same order number at another dealer is a different link, with a different signature
        String theirs = links.issue(
                new PublicLink(8, APPROVAL.purpose(), APPROVAL.subject(), APPROVAL.items(), 31L, APPROVAL.expiresAt()));
        assertThat(theirs.split("\\.")[1]).isNotEqualTo(parts[1]);
    }

    private PublicLinkRefused.Reason refusal(String token, PublicLink.Purpose purpose) {
        return catchRefusal(() -> links.verify(token, purpose));
    }

    private static PublicLinkRefused.Reason catchRefusal(Runnable verification) {
        try {
            verification.run();
        } catch (PublicLinkRefused refused) {
            return refused.reason();
        }
        throw new AssertionError("the link was accepted");
    }

    private static PublicLinks links(String secret, Instant now) {
        return new PublicLinks(
                new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void negativeItemsCannotBeLinked() {
        assertThatThrownBy(() -> new PublicLink(7, PublicLink.Purpose.SUPPLEMENT_APPROVAL, 1, List.of(-1), null, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

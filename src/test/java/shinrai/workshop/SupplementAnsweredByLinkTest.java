package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.workshop.RepairOrderFixtures.*;
import static shinrai.workshop.RepairOrderTest.assertRefused;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's answer on the page of a supplement approval link, as the aggregate decides it. */
class SupplementAnsweredByLinkTest {

    static final ApprovalGiven BY_LINK = new ApprovalGiven(
            CustomerApproval.Method.LINK, "王修车", "138****5678", null, "203.0.113.7", "Mozilla/5.0 (iPhone)");

    @Test
    void eachLineTheLinkOfferedIsApprovedOrDeclinedAndAnnouncedLikeEveryApproval() {
        RepairOrder order = approved();
        RepairOrderLine pads = order.addLine(FRONT_PADS_LABOUR);
        RepairOrderLine rear = order.addLine(labour("B-PADR", "更换后刹车片", "1.0"));

        order.answerLink(List.of(pads.number(), rear.number()), List.of(rear.number()), BY_LINK, ADVISOR, at(3, 0));

        assertThat(pads.approval()).isEqualTo(LineApproval.APPROVED);
        assertThat(rear.approval()).isEqualTo(LineApproval.DECLINED);
        assertThat(order.newApprovals()).last().satisfies(approval -> {
            assertThat(approval.method()).isEqualTo(CustomerApproval.Method.LINK);
            assertThat(approval.phone()).isEqualTo("138****5678");
            assertThat(approval.clientIp()).isEqualTo("203.0.113.7");
            assertThat(approval.userAgent()).isEqualTo("Mozilla/5.0 (iPhone)");
            assertThat(approval.recordedBy()).isEqualTo(ADVISOR);
            assertThat(approval.amount()).isEqualTo(pads.amount());
        });
        assertThat(order.events()).last().isInstanceOfSatisfying(WorkApproved.class, approved -> {
            assertThat(approved.method()).isEqualTo(CustomerApproval.Method.LINK);
            assertThat(approved.supplement()).isTrue();
            assertThat(approved.declinedLines()).isEqualTo(1);
            assertThat(approved.approvedAmount()).isEqualTo(pads.amount());
        });
        order.clockOn(pads.number(), TECHNICIAN, at(3, 5));
        assertRefused(() -> order.clockOn(rear.number(), TECHNICIAN, at(3, 6)), "notApproved");
    }

    @Test
    void aLinkIsAnsweredOnceWhicheverWayItWasAnswered() {
        RepairOrder order = approved();
        RepairOrderLine pads = order.addLine(FRONT_PADS_LABOUR);
        order.answerLink(List.of(pads.number()), List.of(), BY_LINK, ADVISOR, at(3, 0));
        assertRefused(
                () -> order.answerLink(List.of(pads.number()), List.of(), BY_LINK, ADVISOR, at(3, 1)), "linkAnswered");

        RepairOrder called = approved();
        RepairOrderLine padsAgain = called.addLine(FRONT_PADS_LABOUR);
        called.approve(BY_PHONE, List.of(), ADVISOR, at(3, 0));
        assertRefused(
                () -> called.answerLink(List.of(padsAgain.number()), List.of(), BY_LINK, ADVISOR, at(3, 1)),
                "linkAnswered");
    }

    @Test
    void aSupplementProposedAfterTheLinkWasSentWaitsForItsOwnAnswer() {
        RepairOrder order = approved();
        RepairOrderLine pads = order.addLine(FRONT_PADS_LABOUR);
        RepairOrderLine later = order.addLine(labour("B-FLUID", "更换刹车油", "0.8"));
        order.answerLink(List.of(pads.number()), List.of(), BY_LINK, ADVISOR, at(3, 0));
        assertThat(later.approval()).isEqualTo(LineApproval.PROPOSED);
        assertRefused(
                () -> order.answerLink(List.of(later.number()), List.of(pads.number()), BY_LINK, ADVISOR, at(3, 1)),
                "notProposed");
    }

    @Test
    void onlySupplementsAreAnsweredByLinkAndOnlyWhileTheCarIsInTheWorkshop() {
        assertRefused(() -> estimated().answerLink(List.of(1), List.of(), BY_LINK, ADVISOR, at(2, 10)), "linkClosed");
        RepairOrder order = approved();
        assertRefused(() -> order.answerLink(List.of(1), List.of(), BY_LINK, ADVISOR, at(3, 0)), "nothingToApprove");
        assertRefused(() -> delivered().answerLink(List.of(4), List.of(), BY_LINK, ADVISOR, at(9, 0)), "linkClosed");
    }
}

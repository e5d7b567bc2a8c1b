package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shinrai.workshop.RepairOrderFixtures.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;

/** The repair order guards the lane: each step follows from the one before, or is refused with the reason. */
class RepairOrderTest {

    @Nested
    class Estimate {

        @Test
        void needsAtLeastOneLine() {
            assertRefused(() -> opened().estimate(at(8, 0), at(2, 0)), "estimateEmpty");
        }

        @Test
        void promisesATimeStillAhead() {
            RepairOrder order = opened();
            order.addLine(OIL_CHANGE);
            assertRefused(() -> order.estimate(at(1, 0), at(2, 0)), "promisedInThePast");
        }

        @Test
        void sumsItsLinesAtOneRoundingPerLine() {
            RepairOrder order = estimated();
            // 0.5 h × 180.00 = 90.00; 52.00; 398.00
            assertThat(order.estimateTotal()).isEqualTo(Money.yuan("540.00"));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.ESTIMATED);
            assertThat(order.promisedAt()).isEqualTo(at(8, 0));
        }

        @Test
        void aLineAddedAfterwardsReopensItToBeExplainedAgain() {
            RepairOrder order = estimated();
            order.addLine(FRONT_PADS);
            assertThat(order.status()).isEqualTo(RepairOrderStatus.OPENED);
            assertRefused(() -> order.approve(SIGNED, List.of(), ADVISOR, at(2, 10)), "notEstimated");
        }
    }

    @Nested
    class Approval {

        @Test
        void declinedLinesAreKeptAndLeftOutOfTheApprovedAmount() {
            RepairOrder order = estimated();
            order.approve(BY_PHONE, List.of(3), ADVISOR, at(2, 5));
            assertThat(order.lines())
                    .extracting(RepairOrderLine::approval)
                    .containsExactly(LineApproval.APPROVED, LineApproval.APPROVED, LineApproval.DECLINED);
            assertThat(order.newApprovals()).singleElement().satisfies(approval -> {
                assertThat(approval.amount()).isEqualTo(Money.yuan("142.00"));
                assertThat(approval.phone()).isEqualTo("13812345678");
            });
            assertThat(order.events()).singleElement().isInstanceOfSatisfying(WorkApproved.class, event -> {
                assertThat(event.declinedLines()).isEqualTo(1);
                assertThat(event.supplement()).isFalse();
            });
            assertThat(order.customerShare()).isEqualTo(Money.yuan("142.00"));
        }

        @Test
        void cannotDeclineALineThatWasNotProposed() {
            assertRefused(() -> estimated().approve(SIGNED, List.of(9), ADVISOR, at(2, 5)), "notProposed");
        }

        @Test
        void workFoundDuringTheRepairIsASupplementNobodyMayClockOnUntilApproved() {
            RepairOrder order = approved();
            RepairOrderLine pads = order.addLine(FRONT_PADS_LABOUR);
            assertThat(pads.supplement()).isTrue();
            assertThat(order.status()).isEqualTo(RepairOrderStatus.APPROVED);
            assertRefused(() -> order.clockOn(pads.number(), TECHNICIAN, at(3, 0)), "notApproved");

            order.approve(BY_PHONE, List.of(), ADVISOR, at(3, 10));
            order.clockOn(pads.number(), TECHNICIAN, at(3, 15));
            assertThat(pads.job()).isEqualTo(JobStatus.IN_PROGRESS);
        }
    }

    @Nested
    class Workshop {

        @Test
        void aJobGivenToOneTechnicianIsNotClockedByAnother() {
            RepairOrder order = approved();
            order.dispatch(1, TECHNICIAN);
            assertRefused(() -> order.clockOn(1, OTHER_TECHNICIAN, at(3, 0)), "jobOfAnother");
        }

        @Test
        void onlyLabourIsAJob() {
            assertRefused(() -> approved().clockOn(2, TECHNICIAN, at(3, 0)), "notAJob");
        }

        @Test
        void clockingOffRecordsTheStretchAndAPauseKeepsItsReason() {
            RepairOrder order = approved();
            order.clockOn(1, TECHNICIAN, at(3, 0));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
            order.clockOff(1, TECHNICIAN, PauseReason.WAITING_FOR_PARTS, at(3, 20));
            RepairOrderLine job = order.lines().get(0);
            assertThat(job.job()).isEqualTo(JobStatus.PAUSED);
            assertThat(job.pauseReason()).isEqualTo(PauseReason.WAITING_FOR_PARTS);

            order.clockOn(1, TECHNICIAN, at(4, 0));
            order.clockOff(1, TECHNICIAN, null, at(4, 25));
            assertThat(job.job()).isEqualTo(JobStatus.DONE);
            assertThat(job.clocked()).isEqualTo(Duration.ofMinutes(45));
            assertThat(order.newTimeEntries())
                    .extracting(TimeEntry::duration)
                    .containsExactly(Duration.ofMinutes(20), Duration.ofMinutes(25));
        }

        @Test
        void theForemanPutsAJobInABayWhenDispatchingItAndTheTimeClockedOnItIsClockedInThatBay() {
            RepairOrder order = approved();
            order.dispatch(1, TECHNICIAN, LIFT_1);
            assertThat(order.lines().get(0).bay()).isEqualTo(LIFT_1);
            order.clockOn(1, TECHNICIAN, at(3, 0));
            order.clockOff(1, TECHNICIAN, PauseReason.WAITING_FOR_PARTS, at(3, 20));

            order.dispatch(1, OTHER_TECHNICIAN, LIFT_2);
            order.clockOn(1, OTHER_TECHNICIAN, at(4, 0));
            order.clockOff(1, OTHER_TECHNICIAN, null, at(4, 25));

            assertThat(order.newTimeEntries())
                    .extracting(TimeEntry::technician, TimeEntry::bay)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(TECHNICIAN, LIFT_1),
                            org.assertj.core.groups.Tuple.tuple(OTHER_TECHNICIAN, LIFT_2));
            assertThat(order.lines().get(0).bay())
                    .as("done in the bay it was last in")
                    .isEqualTo(LIFT_2);
        }

        @Test
        void aJobDispatchedAgainWithoutABayKeepsTheBayItIsIn() {
            RepairOrder order = approved();
            order.dispatch(1, TECHNICIAN, LIFT_1);
            order.dispatch(1, OTHER_TECHNICIAN);
            assertThat(order.lines().get(0).bay()).isEqualTo(LIFT_1);
            assertThat(order.lines().get(0).technician()).isEqualTo(OTHER_TECHNICIAN);
        }

        @Test
        void aJobNobodyHasYetIsPutInABayAndTakenOutOfItAgain() {
            RepairOrder order = approved();
            order.moveToBay(1, LIFT_2);
            RepairOrderLine job = order.lines().get(0);
            assertThat(job.bay()).isEqualTo(LIFT_2);
            assertThat(job.technician()).isNull();
            assertThat(job.job()).isEqualTo(JobStatus.WAITING);
            order.moveToBay(1, null);
            assertThat(job.bay()).isNull();
        }

        @Test
        void aJobMovesBayNeitherWhileSomeoneWorksOnItNorOnceItIsDone() {
            RepairOrder order = approved();
            order.dispatch(1, TECHNICIAN, LIFT_1);
            order.clockOn(1, TECHNICIAN, at(3, 0));
            assertRefused(() -> order.moveToBay(1, LIFT_2), "jobRunning");
            assertRefused(() -> order.dispatch(1, TECHNICIAN, LIFT_2), "jobRunning");
            order.clockOff(1, TECHNICIAN, null, at(3, 30));
            assertRefused(() -> order.moveToBay(1, null), "jobDone");
            assertThat(order.lines().get(0).bay()).isEqualTo(LIFT_1);
        }

        @Test
        void onlyAnApprovedJobOfACarInTheWorkshopGoesInABay() {
            assertRefused(() -> estimated().moveToBay(1, LIFT_1), "notInWorkshop");
            assertRefused(() -> approved().moveToBay(2, LIFT_1), "notAJob");
            RepairOrder order = approved();
            RepairOrderLine pads = order.addLine(FRONT_PADS_LABOUR);
            assertRefused(() -> order.moveToBay(pads.number(), LIFT_1), "notApproved");
            assertRefused(() -> delivered().moveToBay(1, LIFT_1), "notInWorkshop");
        }

        @Test
        void aJobRunningCannotBeStartedTwice() {
            RepairOrder order = approved();
            order.clockOn(1, TECHNICIAN, at(3, 0));
            assertRefused(() -> order.clockOn(1, TECHNICIAN, at(3, 1)), "jobRunning");
        }
    }

    @Nested
    class QualityCheck {

        @Test
        void waitsUntilEveryApprovedJobIsDone() {
            RepairOrder order = approved();
            order.clockOn(1, TECHNICIAN, at(3, 0));
            assertRefused(
                    () -> order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 5)),
                    "jobsOutstanding");
        }

        @Test
        void goesSelfThenTeamLeaderThenFinal() {
            RepairOrder order = repaired();
            assertRefused(
                    () -> order.passCheck(CheckLevel.FINAL, INSPECTOR, allOk(order, CheckLevel.FINAL), at(3, 45)),
                    "checkOutOfOrder");
            order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 45));
            assertRefused(
                    () -> order.passCheck(CheckLevel.FINAL, INSPECTOR, allOk(order, CheckLevel.FINAL), at(3, 46)),
                    "checkOutOfOrder");
            order.passCheck(CheckLevel.TEAM_LEADER, FOREMAN, allOk(order, CheckLevel.TEAM_LEADER), at(3, 50));
            order.passCheck(CheckLevel.FINAL, INSPECTOR, allOk(order, CheckLevel.FINAL), at(4, 0));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.QC_PASSED);
            assertThat(order.newChecks())
                    .extracting(shinrai.workshop.QualityCheck::level)
                    .containsExactly(CheckLevel.SELF, CheckLevel.TEAM_LEADER, CheckLevel.FINAL);
        }

        @Test
        void theFinalCheckIsBySomeoneWhoDidNoneOfTheWork() {
            RepairOrder order = repaired();
            order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 45));
            order.passCheck(CheckLevel.TEAM_LEADER, FOREMAN, allOk(order, CheckLevel.TEAM_LEADER), at(3, 50));
            assertRefused(
                    () -> order.passCheck(CheckLevel.FINAL, TECHNICIAN, allOk(order, CheckLevel.FINAL), at(4, 0)),
                    "inspectorDidTheWork");
        }

        @Test
        void aFailureSendsTheJobBackAsReworkAndEveryLevelMustBePassedAgain() {
            RepairOrder order = repaired();
            order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 45));
            order.passCheck(CheckLevel.TEAM_LEADER, FOREMAN, allOk(order, CheckLevel.TEAM_LEADER), at(3, 50));
            order.failCheck(
                    CheckLevel.FINAL,
                    List.of(1),
                    INSPECTOR,
                    sheet(order, CheckLevel.FINAL, "放油螺塞渗油", List.of()),
                    at(4, 0));

            assertThat(order.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
            RepairOrderLine job = order.lines().get(0);
            assertThat(job.job()).isEqualTo(JobStatus.WAITING);
            assertThat(job.reworks()).isEqualTo(1);
            assertThat(order.events()).last().isInstanceOfSatisfying(ReworkOrdered.class, rework -> {
                assertThat(rework.reason()).isEqualTo("放油螺塞渗油");
                assertThat(rework.technicians()).containsExactly(TECHNICIAN);
                assertThat(rework.level()).isEqualTo(CheckLevel.FINAL);
            });
            assertThat(order.nextCheck()).isNull();

            order.clockOn(1, TECHNICIAN, at(4, 10));
            order.clockOff(1, TECHNICIAN, null, at(4, 20));
            assertThat(order.nextCheck()).isEqualTo(CheckLevel.SELF);
        }

        @Test
        void passingIsRefusedWhileAnItemIsNotTickedNamingIt() {
            RepairOrder order = repaired();
            List<ChecklistItem> checklist = checklist(order, CheckLevel.SELF);
            assertThat(checklist).isNotEmpty();
            CheckSheet oneLeft = new CheckSheet(
                    checklist,
                    checklist.stream()
                            .skip(1)
                            .map(item -> new ItemResult(item.ref(), true, ""))
                            .toList(),
                    "",
                    List.of());

            assertThatThrownBy(() -> order.passCheck(CheckLevel.SELF, TECHNICIAN, oneLeft, at(3, 45)))
                    .isInstanceOfSatisfying(StepRefused.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("repairOrder.refused.checklistIncomplete");
                        assertThat(refused.arguments())
                                .containsExactly(checklist.get(0).label(), 1);
                    });
            assertThat(order.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
            assertThat(order.newChecks()).isEmpty();
        }

        @Test
        void passingIsRefusedWithAnItemNotInOrder() {
            RepairOrder order = repaired();
            assertRefused(
                    () -> order.passCheck(
                            CheckLevel.SELF,
                            TECHNICIAN,
                            sheet(order, CheckLevel.SELF, "", List.of("MAINTENANCE.filterNoLeak")),
                            at(3, 45)),
                    "itemNotOk");
        }

        @Test
        void anItemNotInOrderFailsTheCheckAndSendsItsWorkBackAsRework() {
            RepairOrder order = repaired();
            order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 45));
            order.failCheck(
                    CheckLevel.TEAM_LEADER,
                    List.of(),
                    FOREMAN,
                    sheet(order, CheckLevel.TEAM_LEADER, "滤清器处渗油", List.of("MAINTENANCE.filterNoLeak")),
                    at(3, 50));

            assertThat(order.status()).isEqualTo(RepairOrderStatus.IN_REPAIR);
            assertThat(order.lines().get(0).job()).isEqualTo(JobStatus.WAITING);
            assertThat(order.lines().get(0).reworks()).isEqualTo(1);
            assertThat(order.events()).last().isInstanceOfSatisfying(ReworkOrdered.class, rework -> {
                assertThat(rework.lines()).containsExactly(1);
                assertThat(rework.reason()).isEqualTo("滤清器处渗油");
            });
            assertThat(order.newChecks()).last().satisfies(check -> {
                assertThat(check.passed()).isFalse();
                assertThat(check.items())
                        .filteredOn(item -> !item.ok())
                        .extracting(item -> item.item().ref())
                        .containsExactly("MAINTENANCE.filterNoLeak");
            });
        }

        @Test
        void aResultForAnItemNotOnTheChecklistIsRefused() {
            RepairOrder order = repaired();
            CheckSheet stray = new CheckSheet(
                    checklist(order, CheckLevel.SELF),
                    List.of(new ItemResult("BODY_AND_PAINT.colourMatch", true, "")),
                    "",
                    List.of());
            assertRefused(() -> order.passCheck(CheckLevel.SELF, TECHNICIAN, stray, at(3, 45)), "notOnChecklist");
        }

        @Test
        void aFailureNeedsItsReason() {
            assertRefused(
                    () -> {
                        RepairOrder order = repaired();
                        order.failCheck(
                                CheckLevel.SELF,
                                List.of(1),
                                TECHNICIAN,
                                sheet(order, CheckLevel.SELF, " ", List.of()),
                                at(3, 45));
                    },
                    "reworkWithoutReason");
        }
    }

    @Nested
    class Delivery {

        @Test
        void isRefusedBeforeTheFinalCheck() {
            RepairOrder order = repaired();
            order.recordCleanUp(true, true);
            assertRefused(() -> order.deliver(EXPLAINED, at(5, 0)), "finalCheckMissing");
        }

        @Test
        void needsTheCleanUpRecordedAndTheBillExplained() {
            RepairOrder order = passedFinalCheck();
            assertRefused(() -> order.deliver(EXPLAINED, at(5, 0)), "cleanUpNotRecorded");
            order.recordCleanUp(true, false);
            assertRefused(() -> order.deliver(new Handover(false, true, 5, 5), at(5, 0)), "billNotExplained");
            assertRefused(() -> order.deliver(new Handover(true, true, 6, 5), at(5, 0)), "ratingOutOfRange");
        }

        @Test
        void announcesTheDeliveryWithTheCustomersRatings() {
            RepairOrder order = delivered();
            assertThat(order.status()).isEqualTo(RepairOrderStatus.DELIVERED);
            assertThat(order.events()).last().isInstanceOfSatisfying(RepairOrderDelivered.class, delivered -> {
                assertThat(delivered.advisorRating()).isEqualTo(5);
                assertThat(delivered.technicianRating()).isEqualTo(4);
                assertThat(delivered.at()).isEqualTo(at(5, 0));
            });
        }
    }

    @Nested
    class Settlement {

        @Test
        void severalPaymentsSettleTheOrderWhenTheCustomersShareIsCovered() {
            RepairOrder order = delivered();
            assertThat(order.balanceDue()).isEqualTo(Money.yuan("540.00"));
            order.takePayment(PaymentMethod.WECHAT_PAY, Money.yuan("500.00"), "", CASHIER, at(5, 5));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.DELIVERED);
            order.takePayment(PaymentMethod.CASH, Money.yuan("40.00"), "", CASHIER, at(5, 6));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.SETTLED);
            assertThat(order.events()).last().isInstanceOfSatisfying(RepairOrderSettled.class, settled -> {
                assertThat(settled.billed()).isEqualTo(Money.yuan("540.00"));
                assertThat(settled.onAccount()).isEqualTo(Money.ZERO);
            });
        }

        @Test
        void aCompanyOnAccountLeavesAReceivable() {
            RepairOrder order = delivered();
            order.takePayment(PaymentMethod.ON_ACCOUNT, Money.yuan("540.00"), "月结", CASHIER, at(5, 5));
            assertThat(order.events())
                    .last()
                    .isInstanceOfSatisfying(
                            RepairOrderSettled.class,
                            settled -> assertThat(settled.onAccount()).isEqualTo(Money.yuan("540.00")));
        }

        @Test
        void isRefusedTwice() {
            RepairOrder order = delivered();
            order.takePayment(PaymentMethod.CARD, Money.yuan("540.00"), "", CASHIER, at(5, 5));
            assertRefused(
                    () -> order.takePayment(PaymentMethod.CARD, Money.yuan("1.00"), "", CASHIER, at(5, 6)),
                    "alreadySettled");
            assertRefused(() -> order.settleWithoutPayment(at(5, 6)), "alreadySettled");
        }

        @Test
        void refusesMoreThanIsDueAndAnythingBeforeDelivery() {
            assertRefused(
                    () -> delivered().takePayment(PaymentMethod.CASH, Money.yuan("540.01"), "", CASHIER, at(5, 5)),
                    "paymentAboveBalance");
            assertRefused(
                    () -> passedFinalCheck().takePayment(PaymentMethod.CASH, Money.yuan("1.00"), "", CASHIER, at(5, 5)),
                    "notDelivered");
        }

        @Test
        void warrantyAndInsuranceLinesAreNotChargedToTheCustomer() {
            RepairOrder order = opened();
            order.addLine(paidBy(Payer.WARRANTY, FRONT_PADS_LABOUR));
            order.addLine(paidBy(Payer.WARRANTY, FRONT_PADS));
            order.addLine(OIL_FILTER);
            order.estimate(at(8, 0), at(2, 0));
            order.approve(SIGNED, List.of(), ADVISOR, at(2, 5));
            // 1.2 h × 180.00 = 216.00 and 680.00 to the carmaker; the customer pays the filter only
            assertThat(order.estimateTotal()).isEqualTo(Money.yuan("948.00"));
            assertThat(order.customerShare()).isEqualTo(Money.yuan("52.00"));
        }
    }

    @Nested
    class ConcernComingBack {

        static final Comeback EARLIER = new Comeback(
                new RepairOrderId(90), "RO20261120-0003", TECHNICIAN, Instant.parse("2026-11-20T09:00:00Z"));

        @Test
        void marksTheOrderAComebackOfTheEarlierOneAndAnnouncesItOnce() {
            RepairOrder order = opened();
            order.diagnose("刹车仍有异响", ConcernCategory.BRAKES, EARLIER);
            order.diagnose("刹车仍有异响，左前", ConcernCategory.BRAKES, EARLIER);

            assertThat(order.comeback()).isEqualTo(EARLIER);
            assertThat(order.events())
                    .filteredOn(ComebackFound.class::isInstance)
                    .singleElement()
                    .extracting(found -> ((ComebackFound) found).line())
                    .isNull();
        }

        @Test
        void aConcernChangedToOneNotSeenBeforeClearsTheMark() {
            RepairOrder order = opened();
            order.diagnose("刹车仍有异响", ConcernCategory.BRAKES, EARLIER);
            order.diagnose("其实是空调异响", ConcernCategory.AIR_CONDITIONING, null);
            assertThat(order.comeback()).isNull();
        }
    }

    @Nested
    class Discounts {

        static final BigDecimal LIMIT = BigDecimal.TEN;
        static final StaffId MANAGER = new StaffId(16);

        static DiscountDraft percentOff(DiscountScope scope, String percent) {
            return new DiscountDraft(scope, new BigDecimal(percent), null, "老客户");
        }

        static DiscountDraft amountOff(DiscountScope scope, String amount) {
            return new DiscountDraft(scope, null, Money.yuan(amount), "老客户");
        }

        @Test
        void withinTheDealersLimitApplyAtOnceAndLowerWhatTheCustomerPays() {
            RepairOrder order = approved();
            // parts 52.00 + 398.00 = 450.00; 10% of it is 45.00, 8.33% of the customer's 540.00
            Discount discount =
                    order.grantDiscount(percentOff(DiscountScope.PARTS, "10"), LIMIT, ADVISOR, false, at(2, 10));
            assertThat(discount.amount()).isEqualTo(Money.yuan("45.00"));
            assertThat(discount.state()).isEqualTo(DiscountState.APPROVED);
            assertThat(discount.decidedBy()).isNull();
            assertThat(order.grossCustomerShare()).isEqualTo(Money.yuan("540.00"));
            assertThat(order.customerShare()).isEqualTo(Money.yuan("495.00"));
        }

        @Test
        void aPercentageIsRoundedOnceToTheFen() {
            RepairOrder order = approved();
            // 3.33% of the labour's 90.00 is 2.997, which is 3.00
            assertThat(order.grantDiscount(percentOff(DiscountScope.LABOUR, "3.33"), LIMIT, ADVISOR, false, at(2, 10))
                            .amount())
                    .isEqualTo(Money.yuan("3.00"));
        }

        @Test
        void aboveTheLimitWaitForAManagerAndKeepTheCarFromLeavingMeanwhile() {
            RepairOrder order = passedFinalCheck();
            order.recordCleanUp(true, true);
            // all the labour, 90.00, is 16.7% of 540.00: above the 10% an advisor may give
            Discount discount =
                    order.grantDiscount(percentOff(DiscountScope.LABOUR, "100"), LIMIT, ADVISOR, false, at(4, 10));
            assertThat(discount.state()).isEqualTo(DiscountState.AWAITING_APPROVAL);
            assertThat(order.customerShare()).isEqualTo(Money.yuan("540.00"));
            assertRefused(() -> order.deliver(EXPLAINED, at(4, 20)), "discountAwaitingApproval");

            order.decideDiscount(1, true, MANAGER, at(4, 30));

            assertThat(order.discounts().get(0).decidedBy()).isEqualTo(MANAGER);
            assertThat(order.customerShare()).isEqualTo(Money.yuan("450.00"));
            order.deliver(EXPLAINED, at(4, 40));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.DELIVERED);
        }

        @Test
        void theLimitCountsEveryDiscountOnTheOrderTogether() {
            RepairOrder order = approved();
            order.grantDiscount(amountOff(DiscountScope.PARTS, "50.00"), LIMIT, ADVISOR, false, at(2, 10));
            // 50.00 + 4.01 is 54.01, just over 10% of 540.00
            assertThat(order.grantDiscount(amountOff(DiscountScope.LABOUR, "4.01"), LIMIT, ADVISOR, false, at(2, 11))
                            .state())
                    .isEqualTo(DiscountState.AWAITING_APPROVAL);
        }

        @Test
        void aManagerGivingOneAboveTheLimitApprovesItThemselves() {
            Discount discount = approved()
                    .grantDiscount(amountOff(DiscountScope.WHOLE_BILL, "100.00"), LIMIT, MANAGER, true, at(2, 10));
            assertThat(discount.state()).isEqualTo(DiscountState.APPROVED);
            assertThat(discount.decidedBy()).isEqualTo(MANAGER);
        }

        @Test
        void aRefusedDiscountStaysOnRecordAndIsNotTaken() {
            RepairOrder order = approved();
            order.grantDiscount(amountOff(DiscountScope.WHOLE_BILL, "100.00"), LIMIT, ADVISOR, false, at(2, 10));
            order.decideDiscount(1, false, MANAGER, at(2, 20));
            assertThat(order.discounts())
                    .singleElement()
                    .extracting(Discount::state)
                    .isEqualTo(DiscountState.REFUSED);
            assertThat(order.customerShare()).isEqualTo(Money.yuan("540.00"));
            assertRefused(() -> order.decideDiscount(1, true, MANAGER, at(2, 30)), "discountDecided");
        }

        @Test
        void takeNoMoreThanTheCustomerIsChargedInTheirScope() {
            RepairOrder order = approved();
            assertRefused(
                    () -> order.grantDiscount(
                            amountOff(DiscountScope.LABOUR, "90.01"), LIMIT, MANAGER, true, at(2, 10)),
                    "discountAboveCharges");
            order.grantDiscount(amountOff(DiscountScope.LABOUR, "90.00"), LIMIT, MANAGER, true, at(2, 10));
            assertRefused(
                    () -> order.grantDiscount(
                            amountOff(DiscountScope.WHOLE_BILL, "450.01"), LIMIT, MANAGER, true, at(2, 11)),
                    "discountAboveCharges");
        }

        @Test
        void areGivenOnApprovedWorkBeforeTheCarLeaves() {
            assertRefused(
                    () -> estimated()
                            .grantDiscount(percentOff(DiscountScope.PARTS, "5"), LIMIT, ADVISOR, false, at(2, 10)),
                    "discountBeforeApproval");
            assertRefused(
                    () -> delivered()
                            .grantDiscount(percentOff(DiscountScope.PARTS, "5"), LIMIT, ADVISOR, false, at(5, 10)),
                    "alreadyDelivered");
            assertRefused(
                    () -> approved()
                            .grantDiscount(
                                    new DiscountDraft(DiscountScope.PARTS, BigDecimal.ONE, Money.yuan("1.00"), "x"),
                                    LIMIT,
                                    ADVISOR,
                                    false,
                                    at(2, 10)),
                    "discountPercentOrAmount");
        }

        @Test
        void theCashierTakesTheDiscountedShare() {
            RepairOrder order = passedFinalCheck();
            order.grantDiscount(percentOff(DiscountScope.PARTS, "10"), LIMIT, ADVISOR, false, at(4, 5));
            order.recordCleanUp(true, true);
            order.deliver(EXPLAINED, at(5, 0));
            order.takePayment(PaymentMethod.WECHAT_PAY, Money.yuan("495.00"), "", CASHIER, at(5, 5));
            assertThat(order.status()).isEqualTo(RepairOrderStatus.SETTLED);
        }
    }

    static void assertRefused(Runnable step, String reason) {
        assertThatThrownBy(step::run)
                .isInstanceOf(StepRefused.class)
                .extracting(refused -> ((StepRefused) refused).messageKey())
                .isEqualTo("repairOrder.refused." + reason);
    }
}

package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.vehicle.VehicleRegister;

/**
 * The workshop's bays as the service manager keeps them and the foreman uses them: a list in the workshop's order,
 * renamed and taken out of service but never removed once used, and a job put only in an active bay of the dealer.
 */
@ApplicationTest
class BaysTest {

    @Autowired
    Bays bays;

    @Autowired
    WorkshopBoard board;

    @Autowired
    Clock clock;

    WorkshopFixtures fixtures;
    DealerScope manager;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        manager = fixtures.as("manager");
    }

    @Test
    void theDemoDealersHaveTheBaysOfA4SWorkshop() {
        List<Bay> d001 = manager.call(bays::all);
        assertThat(d001)
                .extracting(Bay::name)
                .startsWith("快保1", "快保2", "1号工位", "2号工位", "3号工位", "4号工位", "四轮定位", "新能源工位", "钣金1", "打磨1", "烤漆房", "洗车位");
        assertThat(d001.subList(0, 12))
                .extracting(Bay::kind)
                .contains(BayKind.EXPRESS_SERVICE, BayKind.GENERAL_REPAIR, BayKind.PAINT_BOOTH);
        assertThat(DealerScope.systemFor(2).call(bays::all))
                .extracting(Bay::name)
                .startsWith("快保1", "1号工位", "2号工位", "四轮定位", "钣金喷漆", "烤漆房");
    }

    @Test
    void aBayIsAddedAtTheEndRenamedMovedUpTheListAndTakenOutOfService() {
        String name = unique("5号工位");
        Bay added = manager.call(() -> bays.add("  " + name + " ", BayKind.GENERAL_REPAIR));
        assertThat(added.name()).isEqualTo(name);
        assertThat(added.active()).isTrue();
        assertThat(added.used()).isFalse();
        assertThat(manager.call(bays::all)).last().isEqualTo(added);

        Bay renamed = manager.call(() -> bays.change(added.id(), name + "A", BayKind.ALIGNMENT, true));
        assertThat(renamed.name()).isEqualTo(name + "A");
        assertThat(renamed.kind()).isEqualTo(BayKind.ALIGNMENT);

        Bay first = manager.call(() -> bays.move(added.id(), 1));
        assertThat(first.position()).isEqualTo(1);
        assertThat(manager.call(bays::all)).first().isEqualTo(first);
        manager.run(() -> bays.move(added.id(), 1000));
        assertThat(manager.call(bays::all)).last().extracting(Bay::id).isEqualTo(added.id());

        Bay out = manager.call(() -> bays.change(added.id(), name + "A", BayKind.ALIGNMENT, false));
        assertThat(out.active()).isFalse();
        assertThat(manager.call(bays::active)).doesNotContain(out);
    }

    @Test
    void aBayHasAShortNameNoOtherBayOfTheDealerHas() {
        String name = unique("快保");
        manager.run(() -> bays.add(name, BayKind.EXPRESS_SERVICE));

        assertRefused(
                () -> manager.run(() -> bays.add("  ", BayKind.EXPRESS_SERVICE)),
                "name",
                "workshop.bays.error.nameMissing");
        assertRefused(() -> manager.run(() -> bays.add(name, BayKind.BODY)), "name", "workshop.bays.error.nameTaken");
        assertRefused(
                () -> manager.run(() -> bays.add("工".repeat(41), BayKind.BODY)), "name", "validation.text.tooLong");
        Bay other = manager.call(() -> bays.add(unique("钣金"), BayKind.BODY));
        assertRefused(
                () -> manager.run(() -> bays.change(other.id(), name, BayKind.BODY, true)),
                "name",
                "workshop.bays.error.nameTaken");
        // another dealer may have a bay of the same name
        DealerScope.systemFor(2).run(() -> bays.add(name, BayKind.EXPRESS_SERVICE));
    }

    @Test
    void aBayNeverUsedIsRemovedButOneAJobWasPutInIsOnlyTakenOutOfService() {
        Bay typo = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        manager.run(() -> bays.remove(typo.id()));
        assertThat(manager.call(bays::all)).extracting(Bay::id).doesNotContain(typo.id());

        Bay used = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder approved = fixtures.approved();
        fixtures.as("foreman")
                .run(() -> fixtures.workshop().moveToBay(approved.id(), approved.version(), 1, used.id()));
        assertThat(manager.call(() -> bays.get(used.id())).used()).isTrue();
        assertThatThrownBy(() -> manager.run(() -> bays.remove(used.id())))
                .isInstanceOf(BayHasHistory.class)
                .extracting(refused -> ((BayHasHistory) refused).arguments()[0])
                .isEqualTo(used.name());
    }

    @Test
    void theForemanPutsAJobOnlyInAnActiveBayOfTheDealer() {
        Bay bay = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder approved = fixtures.approved();
        DealerScope foreman = fixtures.as("foreman");
        Workshop workshop = fixtures.workshop();
        shinrai.dealer.StaffId technician = fixtures.staffId("technician");
        shinrai.dealer.StaffId himself = fixtures.staffId("foreman");

        RepairOrder dispatched =
                foreman.call(() -> workshop.dispatch(approved.id(), approved.version(), 1, technician, bay.id()));
        assertThat(dispatched.lines().get(0).bay()).isEqualTo(bay.id());

        BayId d002 = DealerScope.systemFor(2).call(() -> bays.all().get(0).id());
        assertRefused(
                () -> foreman.run(() -> workshop.moveToBay(dispatched.id(), dispatched.version(), 1, d002)),
                "bayId",
                "repairOrder.error.unknownBay");
        assertRefused(
                () -> foreman.run(
                        () -> workshop.moveToBay(dispatched.id(), dispatched.version(), 1, new BayId(999_999_999))),
                "bayId",
                "repairOrder.error.unknownBay");
        manager.run(() -> bays.change(bay.id(), bay.name(), bay.kind(), false));
        assertRefused(
                () -> foreman.run(
                        () -> workshop.dispatch(dispatched.id(), dispatched.version(), 1, technician, bay.id())),
                "bayId",
                "repairOrder.error.bayInactive");
        RepairOrder kept = foreman.call(() -> workshop.dispatch(dispatched.id(), dispatched.version(), 1, himself));
        assertThat(kept.lines().get(0).bay())
                .as("kept when dispatched again without a bay")
                .isEqualTo(bay.id());
        RepairOrder out = foreman.call(() -> workshop.moveToBay(kept.id(), kept.version(), 1, null));
        assertThat(out.lines().get(0).bay()).isNull();
    }

    @Test
    void theBoardShowsTheCarsRunningInABayTheWorkDoneThereAndTheJobsWaitingForIt() {
        Bay bay = manager.call(() -> bays.add(unique("工位"), BayKind.GENERAL_REPAIR));
        RepairOrder first = inBay(fixtures.approved(), bay, "technician");
        RepairOrder second = inBay(fixtures.approved(), bay, "technician");
        RepairOrder waiting = fixtures.approved();
        fixtures.as("foreman").run(() -> fixtures.workshop().moveToBay(waiting.id(), waiting.version(), 1, bay.id()));
        DealerScope technician = fixtures.as("technician");
        RepairOrder running = technician.call(() -> fixtures.workshop().clockOn(first.id(), first.version(), 1));
        technician.run(() -> fixtures.workshop().clockOn(second.id(), second.version(), 1));

        BayDay day = bayDay(bay);
        assertThat(day.running()).extracting(BoardJob::order).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(day.conflict()).isTrue();
        assertThat(day.queued()).extracting(BoardJob::order).containsExactly(waiting.id());

        technician.run(() -> fixtures.workshop().clockOff(running.id(), running.version(), 1, null));
        BayDay after = bayDay(bay);
        assertThat(after.conflict()).isFalse();
        assertThat(after.stretches())
                .filteredOn(stretch -> stretch.job().order().equals(first.id()))
                .singleElement()
                .satisfies(stretch -> assertThat(stretch.running()).isFalse());
    }

    private RepairOrder inBay(RepairOrder approved, Bay bay, String technician) {
        shinrai.dealer.StaffId to = fixtures.staffId(technician);
        return fixtures.as("foreman")
                .call(() -> fixtures.workshop().dispatch(approved.id(), approved.version(), 1, to, bay.id()));
    }

    private BayDay bayDay(Bay bay) {
        Instant now = clock.instant();
        Instant from = now.minus(1, ChronoUnit.DAYS);
        Instant to = now.plus(1, ChronoUnit.DAYS);
        return fixtures.as("foreman")
                .call(() -> board.bays(board.floor(from, to), from, to).stream()
                        .filter(day -> day.bay().id().equals(bay.id()))
                        .findFirst()
                        .orElseThrow());
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000;
    }

    private static void assertRefused(Runnable step, String field, String messageKey) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(BusinessRuleViolation.class, refused -> {
            BusinessRuleViolation shown = refused instanceof InvalidInput invalid
                    ? invalid.violations().get(0)
                    : refused;
            assertThat(shown.field()).isEqualTo(field);
            assertThat(shown.messageKey()).isEqualTo(messageKey);
        });
    }
}

package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.workshop.RepairOrderFixtures.TECHNICIAN;
import static shinrai.workshop.RepairOrderFixtures.at;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import shinrai.vehicle.VehicleId;

/** A bay's day on the dispatch board: what was worked in it, what runs in it now, what waits for it. */
class BayDayTest {

    static final Bay LIFT_1 = new Bay(new BayId(1), "1号工位", BayKind.GENERAL_REPAIR, 1, true, true);
    static final Bay LIFT_2 = new Bay(new BayId(2), "2号工位", BayKind.GENERAL_REPAIR, 2, true, false);
    static final Bay OLD_LIFT = new Bay(new BayId(3), "旧举升机", BayKind.GENERAL_REPAIR, 3, false, true);

    @Test
    void twoCarsRunningInOneBayAreAConflictButTwoTechniciansOnOneCarAreNot() {
        BoardJob oilChange = job(100, 1, 300, LIFT_1, JobStatus.IN_PROGRESS, at(3, 0));
        BoardJob brakes = job(100, 2, 300, LIFT_1, JobStatus.IN_PROGRESS, at(3, 10));
        BoardJob otherCar = job(101, 1, 301, LIFT_2, JobStatus.IN_PROGRESS, at(3, 5));

        List<BayDay> days = BayDay.of(List.of(LIFT_1, LIFT_2), List.of(oilChange, brakes, otherCar), List.of());
        assertThat(days.get(0).running()).containsExactly(oilChange, brakes);
        assertThat(days.get(0).conflict()).isFalse();
        assertThat(days.get(1).conflict()).isFalse();

        BoardJob squeezedIn = job(102, 1, 302, LIFT_1, JobStatus.IN_PROGRESS, at(3, 20));
        BayDay lift1 = BayDay.of(List.of(LIFT_1), List.of(oilChange, brakes, squeezedIn), List.of())
                .get(0);
        assertThat(lift1.conflict()).isTrue();
        assertThat(lift1.carsRunning()).isEqualTo(2);
    }

    @Test
    void workResumedInTheSameBayRunsFromItsFirstClockingOnThereAndWorkElsewhereStaysWhereItWasDone() {
        // worked 09:00–09:30 in lift 2, paused, moved to lift 1, resumed at 10:00 and stopped at 10:40, resumed 11:00
        BoardJob moved = job(100, 1, 300, LIFT_1, JobStatus.IN_PROGRESS, at(3, 0));
        List<BayDay.Worked> worked = List.of(
                new BayDay.Worked(moved.order(), 1, LIFT_2.id(), at(1, 0), at(1, 30)),
                new BayDay.Worked(moved.order(), 1, LIFT_1.id(), at(2, 0), at(2, 40)));

        List<BayDay> days = BayDay.of(List.of(LIFT_1, LIFT_2), List.of(moved), worked);

        assertThat(days.get(0).stretches()).singleElement().satisfies(stretch -> {
            assertThat(stretch.start()).isEqualTo(at(2, 0));
            assertThat(stretch.running()).isTrue();
        });
        assertThat(days.get(1).stretches()).singleElement().satisfies(stretch -> {
            assertThat(stretch.start()).isEqualTo(at(1, 0));
            assertThat(stretch.end()).isEqualTo(at(1, 30));
        });
        assertThat(days.get(1).running()).isEmpty();
    }

    @Test
    void theJobsWaitingForABayAreListedByPromisedTimeAndADoneJobWaitsForNothing() {
        BoardJob later = job(100, 1, 300, LIFT_1, JobStatus.WAITING, null, at(9, 0));
        BoardJob sooner = job(101, 1, 301, LIFT_1, JobStatus.PAUSED, null, at(6, 0));
        BoardJob done = job(102, 1, 302, LIFT_1, JobStatus.DONE, null, at(5, 0));

        BayDay lift1 = BayDay.of(List.of(LIFT_1), List.of(later, sooner, done), List.of())
                .get(0);

        assertThat(lift1.queued()).containsExactly(sooner, later);
    }

    @Test
    void aBayOutOfServiceIsShownOnlyWhileItHasAJobThatDay() {
        assertThat(BayDay.of(List.of(LIFT_1, OLD_LIFT), List.of(), List.of()))
                .extracting(day -> day.bay().name())
                .containsExactly("1号工位");
        BoardJob stillThere = job(100, 1, 300, OLD_LIFT, JobStatus.PAUSED, null);
        assertThat(BayDay.of(List.of(LIFT_1, OLD_LIFT), List.of(stillThere), List.of()))
                .extracting(day -> day.bay().name())
                .containsExactly("1号工位", "旧举升机");
    }

    @Test
    void aFloorOfMoreJobsThanABoardShowsKeepsTheFirstAndSaysSomeAreLeftOut() {
        List<BoardJob> many = java.util.stream.IntStream.rangeClosed(1, WorkshopBoard.MOST_SHOWN + 1)
                .mapToObj(n -> job(n, 1, n, LIFT_1, JobStatus.DONE, null))
                .toList();

        WorkshopBoard.Floor tooMany = WorkshopBoard.Floor.of(many);
        WorkshopBoard.Floor all = WorkshopBoard.Floor.of(many.subList(0, WorkshopBoard.MOST_SHOWN));

        assertThat(tooMany.complete()).isFalse();
        assertThat(tooMany.jobs()).hasSize(WorkshopBoard.MOST_SHOWN).first().isSameAs(many.get(0));
        assertThat(all.complete()).isTrue();
        assertThat(all.jobs()).hasSize(WorkshopBoard.MOST_SHOWN);
    }

    private static BoardJob job(
            long order, int line, long vehicle, Bay bay, JobStatus status, @Nullable Instant clockedOnAt) {
        return job(order, line, vehicle, bay, status, clockedOnAt, at(8, 0));
    }

    private static BoardJob job(
            long order,
            int line,
            long vehicle,
            Bay bay,
            JobStatus status,
            @Nullable Instant clockedOnAt,
            Instant promisedAt) {
        return new BoardJob(
                new RepairOrderId(order),
                "RO20261202-0" + order,
                3,
                RepairOrderStatus.IN_REPAIR,
                new VehicleId(vehicle),
                "到保养里程了",
                "",
                promisedAt,
                line,
                "更换机油及机油滤清器",
                "",
                new BigDecimal("0.5"),
                LineApproval.APPROVED,
                false,
                status,
                TECHNICIAN,
                bay.id(),
                status == JobStatus.PAUSED ? PauseReason.WAITING_FOR_PARTS : null,
                clockedOnAt,
                0,
                0,
                null,
                null,
                null,
                0,
                0);
    }
}

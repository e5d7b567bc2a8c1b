package shinrai.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which slots of a day still take a car, for the booking form, the public page and the API. */
@Service
@Transactional(readOnly = true)
public class Availability {

    private final DayPlans plans;

    Availability(DayPlans plans) {
        this.plans = plans;
    }

    /**
     * Every slot of the day with the room left for these services.
     *
     * @param advisorId only this advisor's room, or {@code null} for anyone's
     */
    public DayAvailability of(LocalDate day, @Nullable Long advisorId, Set<ServiceRequest> services) {
        DayPlan plan = plans.of(day, null);
        List<Slot> slots = plan.slotStarts().stream()
                .map(start -> {
                    DayPlan.Room room = plan.roomAt(start, advisorId, services);
                    return new Slot(start, plan.startOf(start), plan.endOf(start), room.free(), room.fullReason());
                })
                .toList();
        return new DayAvailability(day, plan.holiday(), slots);
    }

    /** The advisors a booking can be made with: the dealer's service advisors who may sign in. */
    public List<shinrai.dealer.StaffMember> advisors() {
        return plans.advisors();
    }

    /** @param holiday the holiday's name when the dealer is closed that day */
    public record DayAvailability(LocalDate day, @Nullable String holiday, List<Slot> slots) {

        public boolean anyFree() {
            return slots.stream().anyMatch(Slot::hasRoom);
        }
    }

    /** @param fullReason why no car can be booked, as a message key */
    public record Slot(
            LocalTime time,
            Instant startsAt,
            Instant endsAt,
            int free,
            @Nullable String fullReason) {

        public boolean hasRoom() {
            return free > 0;
        }
    }
}

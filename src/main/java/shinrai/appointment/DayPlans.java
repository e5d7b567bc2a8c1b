package shinrai.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;
import shinrai.shared.DealerScope;

/** Loads a {@link DayPlan}: a handful of queries whatever the number of bookings. */
@Component
class DayPlans {

    private final BookingCalendar calendar;
    private final AppointmentRecords records;
    private final DealerDirectory dealers;
    private final Staff staff;
    private final JdbcClient jdbc;
    private final Clock clock;

    DayPlans(
            BookingCalendar calendar,
            AppointmentRecords records,
            DealerDirectory dealers,
            Staff staff,
            JdbcClient jdbc,
            Clock clock) {
        this.calendar = calendar;
        this.records = records;
        this.dealers = dealers;
        this.staff = staff;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The day as it stands; {@code except} leaves one appointment out, for moving it. */
    DayPlan of(LocalDate day, @Nullable Long except) {
        return of(dealers.current(), day, except);
    }

    /** The same, for a caller that has the dealer already. */
    DayPlan of(Dealer dealer, LocalDate day, @Nullable Long except) {
        ZoneId zone = dealer.zone();
        String holiday = calendar.holidays(day, day).stream()
                .map(BookingCalendar.Holiday::name)
                .findFirst()
                .orElse(null);
        return new DayPlan(
                day,
                zone,
                dealer.opensAt(),
                dealer.closesAt(),
                calendar.rules(),
                calendar.workshop(),
                holiday,
                calendar.blockedBetween(
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()),
                advisors().stream().map(StaffMember::id).toList(),
                records.holdingCapacity(day, except),
                clock.instant());
    }

    /**
     * Checks the slot with the plan that showed it free, for a caller that holds the day's lock (see {@link #lock}):
     * the place is the caller's until its transaction ends. Refused with the reason when the slot has no room.
     *
     * @param except the appointment being moved, whose own place does not count against it
     */
    Claim claimLocked(
            Dealer dealer,
            LocalDate day,
            LocalTime time,
            @Nullable Long advisorId,
            Collection<ServiceRequest> services,
            @Nullable Long except) {
        DayPlan plan = of(dealer, day, except);
        DayPlan.Room room = plan.roomAt(time, advisorId, services);
        if (room.free() <= 0) {
            String reason = Objects.requireNonNull(room.fullReason());
            throw room.closed() ? new SlotUnavailable(day, time, reason) : new SlotFull(day, time, reason);
        }
        // a slot with room has an advisor with room, the one who receives the car
        return new Claim(plan, Objects.requireNonNull(room.advisor()));
    }

    /** A place taken: the day it is in and the advisor who will receive the car. */
    record Claim(DayPlan plan, long advisor) {}

    /**
     * Locks the day for booking: every booking of one dealer's day passes here first, so the capacity check and the
     * insert that follows it are never interleaved with another booking's.
     */
    void lock(LocalDate day) {
        // one statement: the day's row is created the first time, and the update that meets it takes its lock
        jdbc.sql("""
                        INSERT INTO appointment.booking_day (dealer_id, day) VALUES (:dealer, :day)
                        ON CONFLICT (dealer_id, day) DO UPDATE SET day = EXCLUDED.day""")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .update();
    }

    /** The dealer's service advisors who may sign in, in display order. */
    List<StaffMember> advisors() {
        return staff.active(Role.SERVICE_ADVISOR);
    }

    /** Whether this id is one of the dealer's service advisors who may sign in (another dealer's never is). */
    boolean isAdvisor(long staffId) {
        return advisors().stream().anyMatch(advisor -> advisor.id() != null && advisor.id() == staffId);
    }
}

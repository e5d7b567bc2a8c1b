package shinrai.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffMember;

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
     * Locks the day for booking: every booking of one dealer's day passes here first, so the capacity check and the
     * insert that follows it are never interleaved with another booking's.
     */
    void lock(LocalDate day) {
        jdbc.sql("""
                        INSERT INTO appointment.booking_day (dealer_id, day) VALUES (:dealer, :day)
                        ON CONFLICT (dealer_id, day) DO NOTHING""")
                .param("dealer", BookingCalendar.dealer())
                .param("day", day)
                .update();
        jdbc.sql("SELECT 1 FROM appointment.booking_day WHERE dealer_id = :dealer AND day = :day FOR UPDATE")
                .param("dealer", BookingCalendar.dealer())
                .param("day", day)
                .query(Integer.class)
                .single();
    }

    /** The dealer's service advisors who may sign in, in display order. */
    List<StaffMember> advisors() {
        return staff.all().stream()
                .filter(StaffMember::enabled)
                .filter(member -> member.roles().contains(Role.SERVICE_ADVISOR))
                .toList();
    }
}

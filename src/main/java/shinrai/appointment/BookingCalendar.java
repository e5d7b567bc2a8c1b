package shinrai.appointment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;

/** A dealer's booking set-up: rules, workshop capacity, holidays and blocked time. */
@Service
@Transactional
public class BookingCalendar {

    private final JdbcClient jdbc;
    private final Staff staff;

    BookingCalendar(JdbcClient jdbc, Staff staff) {
        this.jdbc = jdbc;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public BookingRules rules() {
        return jdbc.sql("""
                        SELECT slot_minutes, per_advisor_per_slot, max_per_slot, horizon_days, late_after_minutes,
                               no_show_after_minutes, reminder_time
                        FROM appointment.booking_rules WHERE dealer_id = :dealer""")
                .param("dealer", DealerScope.currentDealer())
                .query(BookingRules.class)
                .optional()
                .orElse(BookingRules.DEFAULT);
    }

    public void changeRules(BookingRules rules) {
        List<shinrai.shared.BusinessRuleViolation> problems = new java.util.ArrayList<>();
        outside(problems, "slotMinutes", !List.of(15, 20, 30, 60).contains(rules.slotMinutes()));
        outside(problems, "perAdvisorPerSlot", rules.perAdvisorPerSlot() < 1 || rules.perAdvisorPerSlot() > 20);
        outside(
                problems,
                "maxPerSlot",
                rules.maxPerSlot() != null && (rules.maxPerSlot() < 1 || rules.maxPerSlot() > 100));
        outside(problems, "horizonDays", rules.horizonDays() < 1 || rules.horizonDays() > 365);
        outside(problems, "lateAfterMinutes", rules.lateAfterMinutes() < 0 || rules.lateAfterMinutes() > 240);
        outside(problems, "noShowAfterMinutes", rules.noShowAfterMinutes() < 0 || rules.noShowAfterMinutes() > 720);
        if (!problems.isEmpty()) {
            throw new shinrai.shared.InvalidInput(problems);
        }
        jdbc.sql("""
                        INSERT INTO appointment.booking_rules AS r
                            (dealer_id, slot_minutes, per_advisor_per_slot, max_per_slot, horizon_days,
                             late_after_minutes, no_show_after_minutes, reminder_time)
                        VALUES (:dealer, :slot, :perAdvisor, :max, :horizon, :late, :noShow, :reminder)
                        ON CONFLICT (dealer_id) DO UPDATE SET
                            slot_minutes = excluded.slot_minutes, per_advisor_per_slot = excluded.per_advisor_per_slot,
                            max_per_slot = excluded.max_per_slot, horizon_days = excluded.horizon_days,
                            late_after_minutes = excluded.late_after_minutes,
                            no_show_after_minutes = excluded.no_show_after_minutes,
                            reminder_time = excluded.reminder_time, version = r.version + 1""")
                .param("dealer", DealerScope.currentDealer())
                .param("slot", rules.slotMinutes())
                .param("perAdvisor", rules.perAdvisorPerSlot())
                .param("max", rules.maxPerSlot())
                .param("horizon", rules.horizonDays())
                .param("late", rules.lateAfterMinutes())
                .param("noShow", rules.noShowAfterMinutes())
                .param("reminder", rules.reminderTime())
                .update();
    }

    /** Every section's capacity, the defaults filling what the dealer has not entered. */
    @Transactional(readOnly = true)
    public Map<WorkshopSection, WorkshopCapacity> workshop() {
        Map<WorkshopSection, WorkshopCapacity> capacity = new EnumMap<>(WorkshopCapacity.DEFAULT);
        jdbc.sql("SELECT section, bays, technician_hours FROM appointment.workshop_capacity WHERE dealer_id = :dealer")
                .param("dealer", DealerScope.currentDealer())
                .query(WorkshopCapacity.class)
                .list()
                .forEach(entered -> capacity.put(entered.section(), entered));
        return capacity;
    }

    public void changeWorkshop(WorkshopCapacity capacity) {
        if (capacity.bays() < 0 || capacity.bays() > 200) {
            throw outOfRange("bays");
        }
        if (capacity.technicianHours().signum() < 0
                || capacity.technicianHours().compareTo(java.math.BigDecimal.valueOf(5000)) > 0) {
            throw outOfRange("technicianHours");
        }
        jdbc.sql("""
                        INSERT INTO appointment.workshop_capacity (dealer_id, section, bays, technician_hours)
                        VALUES (:dealer, :section, :bays, :hours)
                        ON CONFLICT (dealer_id, section) DO UPDATE
                            SET bays = excluded.bays, technician_hours = excluded.technician_hours""")
                .param("dealer", DealerScope.currentDealer())
                .param("section", capacity.section().name())
                .param("bays", capacity.bays())
                .param("hours", capacity.technicianHours())
                .update();
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT day, name FROM appointment.holiday
                        WHERE dealer_id = :dealer AND day BETWEEN :from AND :to ORDER BY day""")
                .param("dealer", DealerScope.currentDealer())
                .param("from", from)
                .param("to", to)
                .query(Holiday.class)
                .list();
    }

    public void addHoliday(Holiday holiday) {
        String name = holiday.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new InvalidBookingSetUp("name", "booking.error.holidayName");
        }
        try {
            jdbc.sql("INSERT INTO appointment.holiday (dealer_id, day, name) VALUES (:dealer, :day, :name)")
                    .param("dealer", DealerScope.currentDealer())
                    .param("day", holiday.day())
                    .param("name", name)
                    .update();
        } catch (DuplicateKeyException already) {
            throw new InvalidBookingSetUp(
                    "day", "booking.error.holidayExists", holiday.day().toString());
        }
    }

    /** Opens a closed day again; a day that is not closed is not found. */
    public void removeHoliday(LocalDate day) {
        int removed = jdbc.sql("DELETE FROM appointment.holiday WHERE dealer_id = :dealer AND day = :day")
                .param("dealer", DealerScope.currentDealer())
                .param("day", day)
                .update();
        if (removed == 0) {
            throw new NotFound("holiday", day);
        }
    }

    /** Blocked time overlapping the period, for the whole dealer and for single advisors. */
    @Transactional(readOnly = true)
    public List<BlockedTime> blockedBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT id, advisor_id, starts_at, ends_at, reason FROM appointment.blocked_time
                        WHERE dealer_id = :dealer AND starts_at < :to AND ends_at > :from ORDER BY starts_at""")
                .param("dealer", DealerScope.currentDealer())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(BlockedTime.class)
                .list();
    }

    /**
     * Blocks time for the whole dealer, or for one of its service advisors when {@code advisorId} is set; every
     * problem is reported at once.
     */
    public long block(@Nullable Long advisorId, Instant startsAt, Instant endsAt, String reason) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (!endsAt.isAfter(startsAt)) {
            invalid.add(new InvalidBookingSetUp("endsAt", "booking.error.blockEndsBeforeStart"));
        }
        if (reason.isBlank() || reason.strip().length() > 200) {
            invalid.add(new InvalidBookingSetUp("reason", "booking.error.blockReasonMissing"));
        }
        if (advisorId != null && staff.active(Role.SERVICE_ADVISOR).stream().noneMatch(a -> advisorId.equals(a.id()))) {
            // another dealer's staff are not found here: row-level security hides them
            invalid.add(new InvalidBookingSetUp("advisorId", "booking.error.notAnAdvisor"));
        }
        invalid.throwIfAny();
        return jdbc.sql("""
                        INSERT INTO appointment.blocked_time (dealer_id, advisor_id, starts_at, ends_at, reason)
                        VALUES (:dealer, :advisor, :from, :to, :reason) RETURNING id""")
                .param("dealer", DealerScope.currentDealer())
                .param("advisor", advisorId)
                .param("from", Timestamp.from(startsAt))
                .param("to", Timestamp.from(endsAt))
                .param("reason", reason.trim())
                .query(Long.class)
                .single();
    }

    /** Frees blocked time again; one that does not exist, or is another dealer's, is not found. */
    public void unblock(long id) {
        int removed = jdbc.sql("DELETE FROM appointment.blocked_time WHERE dealer_id = :dealer AND id = :id")
                .param("dealer", DealerScope.currentDealer())
                .param("id", id)
                .update();
        if (removed == 0) {
            throw new NotFound("blockedTime", id);
        }
    }

    private static void outside(List<shinrai.shared.BusinessRuleViolation> problems, String field, boolean outside) {
        if (outside) {
            problems.add(outOfRange(field));
        }
    }

    /** Names the setting in the message too: the set-up page shows one message for several fields. */
    private static InvalidBookingSetUp outOfRange(String field) {
        return new InvalidBookingSetUp(
                field,
                "booking.error.outOfRange",
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"settings.booking." + field}, field));
    }

    /** A day the dealer is closed. */
    public record Holiday(LocalDate day, String name) {}

    /** Time nobody may book: the whole dealer, or one advisor when {@code advisorId} is set. */
    public record BlockedTime(long id, @Nullable Long advisorId, Instant startsAt, Instant endsAt, String reason) {

        boolean overlaps(Instant from, Instant to) {
            return startsAt.isBefore(to) && endsAt.isAfter(from);
        }
    }
}

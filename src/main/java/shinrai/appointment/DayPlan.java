package shinrai.appointment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One dealer day as the capacity rules see it: opening hours cut into slots, the holiday or blocked time that
 * closes them, the advisors on duty, and what is booked already. The availability shown to people and the check
 * made under the day's lock when booking both ask this class, so what is shown as free is what can be booked.
 */
final class DayPlan {

    private final LocalDate day;
    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final BookingRules rules;
    private final Map<WorkshopSection, WorkshopCapacity> workshop;
    private final @Nullable String holiday;
    private final List<BookingCalendar.BlockedTime> blocked;
    private final List<Long> advisors;
    private final List<Booked> booked;
    private final Instant now;
    // the same for every slot of the day, so worked out once
    private final List<LocalTime> slotStarts;
    private final Map<Long, Long> bookedPerAdvisorThatDay;
    private final Map<WorkshopSection, BigDecimal> hoursBooked;

    DayPlan(
            LocalDate day,
            ZoneId zone,
            LocalTime opensAt,
            LocalTime closesAt,
            BookingRules rules,
            Map<WorkshopSection, WorkshopCapacity> workshop,
            @Nullable String holiday,
            List<BookingCalendar.BlockedTime> blocked,
            List<Long> advisors,
            List<Booked> booked,
            Instant now) {
        this.day = day;
        this.zone = zone;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.rules = rules;
        this.workshop = workshop;
        this.holiday = holiday;
        this.blocked = blocked;
        this.advisors = advisors;
        this.booked = booked;
        this.now = now;
        this.slotStarts = startsOfSlots();
        this.bookedPerAdvisorThatDay =
                booked.stream().collect(Collectors.groupingBy(Booked::advisorId, Collectors.counting()));
        this.hoursBooked = new EnumMap<>(WorkshopSection.class);
        for (WorkshopSection section : WorkshopSection.values()) {
            hoursBooked.put(
                    section,
                    hoursIn(
                            section,
                            booked.stream().flatMap(b -> b.services().stream()).toList()));
        }
    }

    /** The slot starts of the day: from opening, every slot that ends by closing time. */
    List<LocalTime> slotStarts() {
        return slotStarts;
    }

    private List<LocalTime> startsOfSlots() {
        List<LocalTime> starts = new ArrayList<>();
        Duration length = Duration.ofMinutes(rules.slotMinutes());
        for (LocalTime start = opensAt;
                !start.plus(length).isAfter(closesAt) && !start.plus(length).isBefore(start);
                start = start.plus(length)) {
            starts.add(start);
        }
        return starts;
    }

    Instant startOf(LocalTime slot) {
        return day.atTime(slot).atZone(zone).toInstant();
    }

    Instant endOf(LocalTime slot) {
        return startOf(slot).plus(Duration.ofMinutes(rules.slotMinutes()));
    }

    BookingRules rules() {
        return rules;
    }

    @Nullable
    String holiday() {
        return holiday;
    }

    /**
     * How many more cars the slot takes for these services, with the advisor who would receive the next one.
     *
     * @param advisor the advisor asked for, or {@code null} for whoever has room
     */
    Room roomAt(LocalTime slot, @Nullable Long advisor, Collection<ServiceRequest> services) {
        if (holiday != null) {
            return Room.closed("booking.full.holiday");
        }
        if (!slotStarts.contains(slot)) {
            return Room.closed("booking.full.notASlot");
        }
        Instant from = startOf(slot);
        Instant to = endOf(slot);
        if (!from.isAfter(now)) {
            return Room.closed("booking.full.past");
        }
        if (day.isAfter(now.atZone(zone).toLocalDate().plusDays(rules.horizonDays()))) {
            return Room.closed("booking.full.beyondHorizon");
        }
        if (blocked.stream().anyMatch(b -> b.advisorId() == null && b.overlaps(from, to))) {
            return Room.closed("booking.full.blocked");
        }
        List<Booked> inSlot =
                booked.stream().filter(b -> b.startsAt().equals(from)).toList();
        Map<Long, Long> perAdvisor =
                inSlot.stream().collect(Collectors.groupingBy(Booked::advisorId, Collectors.counting()));
        List<Long> candidates = (advisor == null ? advisors : List.of(advisor))
                .stream()
                        .filter(advisors::contains)
                        .filter(a -> blocked.stream().noneMatch(b -> a.equals(b.advisorId()) && b.overlaps(from, to)))
                        .toList();
        Long best = candidates.stream()
                .filter(a -> roomOf(a, perAdvisor) > 0)
                .min(Comparator.<Long>comparingLong(a -> -roomOf(a, perAdvisor))
                        .thenComparingLong(a -> bookedPerAdvisorThatDay.getOrDefault(a, 0L)))
                .orElse(null);
        int free = candidates.stream().mapToInt(a -> roomOf(a, perAdvisor)).sum();
        String reason = "booking.full.advisors";
        if (rules.maxPerSlot() != null && rules.maxPerSlot() - inSlot.size() < free) {
            free = rules.maxPerSlot() - inSlot.size();
            reason = "booking.full.lanes";
        }
        if (!services.isEmpty()) {
            WorkshopSection section = ServiceRequest.mainSection(services);
            long startingInSection =
                    inSlot.stream().filter(b -> b.section() == section).count();
            int bays = workshop.get(section).bays() - (int) startingInSection;
            if (bays < free) {
                free = bays;
                reason = "booking.full.bays";
            }
            if (!hoursLeftFor(services)) {
                free = 0;
                reason = "booking.full.hours";
            }
        }
        return free > 0 ? new Room(free, best, null, false) : Room.none(reason);
    }

    private int roomOf(long advisor, Map<Long, Long> bookedInSlot) {
        return (int) Math.max(0, rules.perAdvisorPerSlot() - bookedInSlot.getOrDefault(advisor, 0L));
    }

    /** Whether every section the services need still has the technician hours for them on this day. */
    private boolean hoursLeftFor(Collection<ServiceRequest> services) {
        Set<WorkshopSection> needed =
                services.stream().map(ServiceRequest::section).collect(Collectors.toSet());
        for (WorkshopSection section : needed) {
            BigDecimal asked = hoursIn(section, services);
            if (hoursBooked
                            .get(section)
                            .add(asked)
                            .compareTo(workshop.get(section).technicianHours())
                    > 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal hoursIn(WorkshopSection section, Collection<ServiceRequest> services) {
        return ServiceRequest.totalHours(
                services.stream().filter(s -> s.section() == section).toList());
    }

    /** An appointment that holds capacity on the day. */
    record Booked(long id, Instant startsAt, long advisorId, WorkshopSection section, List<ServiceRequest> services) {}

    /**
     * @param free how many more cars the slot takes; 0 when full or closed
     * @param advisor who would receive the next car: the one with most room, then the least busy that day
     * @param fullReason why the slot takes none, as a message key
     * @param closed the slot takes no booking whatever is booked (not a slot, past, closed, blocked), rather than
     *     being full
     */
    record Room(int free, @Nullable Long advisor, @Nullable String fullReason, boolean closed) {

        /** Open, but nothing left. */
        static Room none(String reason) {
            return new Room(0, null, reason, false);
        }

        static Room closed(String reason) {
            return new Room(0, null, reason, true);
        }
    }
}

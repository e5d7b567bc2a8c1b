package shinrai.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;
import shinrai.messaging.MessagePurpose;
import shinrai.messaging.OutboundMessage;
import shinrai.messaging.Outbox;
import shinrai.messaging.QueuedMessage;
import shinrai.shared.CustomerTimelineEvent;
import shinrai.shared.DealerScope;
import shinrai.shared.InvalidInput;
import shinrai.shared.NotFound;
import shinrai.shared.TextLimits;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderSummary;

/**
 * Booking, changing and keeping track of appointments. A booking takes its day's lock, checks the slot with the
 * same {@link DayPlan} that showed it as free, and writes the appointment with its confirmation and reminder in one
 * transaction: 50 people booking the last place at once get one appointment and 49 clear refusals.
 */
@Service
@Transactional
public class Appointments {

    static final String CONFIRMATION = "APPOINTMENT_CONFIRMATION";
    static final String REMINDER = "APPOINTMENT_REMINDER";
    static final String CANCELLATION = "APPOINTMENT_CANCELLATION";

    /** For the customer's messages, which are in Chinese. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    /** For the timeline, read in either language. */
    private static final DateTimeFormatter WHEN_ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppointmentRecords records;
    private final DayPlans plans;
    private final BookingCalendar calendar;
    private final DealerDirectory dealers;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final RepairOrderHistory workshop;
    private final Outbox outbox;
    private final Staff staff;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appointments(
            AppointmentRecords records,
            DayPlans plans,
            BookingCalendar calendar,
            DealerDirectory dealers,
            CustomerBook customers,
            VehicleRegister vehicles,
            RepairOrderHistory workshop,
            Outbox outbox,
            Staff staff,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.plans = plans;
        this.calendar = calendar;
        this.dealers = dealers;
        this.customers = customers;
        this.vehicles = vehicles;
        this.workshop = workshop;
        this.outbox = outbox;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Books a slot. Everything the request names is checked first and refused together, each problem under its
     * field; then, under the day's lock, a car that is booked that day already or is in the workshop is refused
     * unless the desk confirmed it, and the slot is checked for room.
     */
    public Booked book(BookingRequest request) {
        Asked asked = checked(request);
        Customer customer = asked.customer();
        Vehicle vehicle = asked.vehicle();
        LocalTime time = Objects.requireNonNull(request.time());
        Dealer dealer = dealers.current();
        plans.lock(request.day());
        if (!request.anotherVisitConfirmed()) {
            refuseAnotherVisit(vehicle.id(), request.day(), dealer.zone());
        }
        DayPlans.Claim claim =
                plans.claimLocked(dealer, request.day(), time, request.advisorId(), request.services(), null);
        DayPlan plan = claim.plan();
        Instant now = clock.instant();
        Appointment appointment = records.insert(new AppointmentRecords.NewAppointment(
                customer.id(),
                vehicle.id(),
                claim.advisor(),
                request.day(),
                plan.startOf(time),
                plan.endOf(time),
                List.copyOf(request.services()),
                request.description(),
                request.transport(),
                request.channel(),
                DealerScope.current().userId(),
                now));
        if (request.consentToMessages()) {
            customers.recordConsent(
                    customer.id(),
                    ConsentChannel.SMS,
                    true,
                    request.channel() == BookingChannel.ONLINE ? ConsentMethod.WEB : ConsentMethod.VERBAL,
                    appointment.reference());
        }
        About about = new About(dealer, vehicle);
        List<QueuedMessage> queued =
                announce(appointment, about, plan.rules(), now, "message.appointment.confirmation");
        timeline(appointment, about, "timeline.appointmentBooked");
        return new Booked(appointment, queued);
    }

    /**
     * The customer and car of a booking, once every field of it passed: a missing slot, no services, an unknown
     * customer or car, someone else's car, an advisor who is not the dealer's, all reported at once.
     */
    private Asked checked(BookingRequest request) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (request.time() == null) {
            invalid.add(new InvalidBooking("time", "appointment.chooseSlot"));
        }
        if (request.services().isEmpty()) {
            invalid.add(new InvalidBooking("services", "booking.error.noServices"));
        }
        if (request.description().length() > 2000) {
            invalid.add(new InvalidBooking("description", "booking.error.descriptionTooLong"));
        }
        // another dealer's customer or car is not found, like one that does not exist: row-level security hides it
        Customer customer = invalid.attempt("customerId", () -> customers.get(request.customerId()), null);
        Vehicle vehicle = invalid.attempt("vehicleId", () -> vehicles.get(request.vehicleId()), null);
        if (customer != null && customer.isMerged()) {
            invalid.add(new InvalidBooking("customerId", "booking.error.customerMerged", customer.mergedInto()));
        }
        if (customer != null && vehicle != null && !Objects.equals(vehicle.ownerId(), customer.id())) {
            invalid.add(new InvalidBooking("vehicleId", "booking.error.notTheOwnersCar"));
        }
        checkAdvisor(invalid, request.advisorId());
        invalid.throwIfAny();
        return new Asked(Objects.requireNonNull(customer), Objects.requireNonNull(vehicle));
    }

    /** An advisor asked for by id must be one of the dealer's own, never another dealer's staff. */
    private void checkAdvisor(InvalidInput.Collector invalid, @Nullable Long advisorId) {
        if (advisorId != null && !plans.isAdvisor(advisorId)) {
            invalid.add(new InvalidBooking("advisorId", "booking.error.notAnAdvisor"));
        }
    }

    /** Refuses a car that is booked that day already or is in the workshop now. Called under the day's lock. */
    private void refuseAnotherVisit(long vehicleId, LocalDate day, ZoneId zone) {
        Optional<Appointment> sameDay = records.standingOnDay(vehicleId, day);
        if (sameDay.isPresent()) {
            throw CarAlreadyExpected.bookedThatDay(sameDay.get(), zone);
        }
        Optional<String> openOrder =
                workshop.openOrderOf(new VehicleId(vehicleId)).map(RepairOrderSummary::number);
        if (openOrder.isPresent()) {
            throw CarAlreadyExpected.inWorkshop(openOrder.get());
        }
    }

    /** The customer and the car a booking is for, as checked. */
    private record Asked(Customer customer, Vehicle vehicle) {}

    @Transactional(readOnly = true)
    public Appointment get(long id) {
        return records.find(id).orElseThrow(() -> new NotFound("appointment", id));
    }

    @Transactional(readOnly = true)
    public List<Appointment> onDay(LocalDate day) {
        return records.onDay(day);
    }

    /** The latest appointments of these vehicles, a few each, in one query. */
    @Transactional(readOnly = true)
    public List<Appointment> ofVehicles(java.util.Collection<Long> vehicleIds, int perVehicle) {
        return records.ofVehicles(vehicleIds, perVehicle);
    }

    /** What was queued for the customer about these appointments. */
    @Transactional(readOnly = true)
    public Map<Long, List<QueuedMessage>> messages(List<Appointment> appointments) {
        Map<String, Long> byReference = new java.util.HashMap<>();
        appointments.forEach(a -> byReference.put(a.reference(), a.id()));
        Map<Long, List<QueuedMessage>> messages = new java.util.HashMap<>();
        outbox.about(byReference.keySet())
                .forEach(m -> messages.computeIfAbsent(byReference.get(m.reference()), k -> new java.util.ArrayList<>())
                        .add(m));
        return messages;
    }

    /**
     * Moves a booking to another slot, if that slot has room for its services; the customer gets the new time and a
     * new reminder, the old reminder is withdrawn.
     *
     * @param advisorId the advisor asked for, or {@code null} for whoever has room
     */
    public Appointment reschedule(long id, LocalDate day, @Nullable LocalTime slot, @Nullable Long advisorId) {
        InvalidInput.Collector invalid = new InvalidInput.Collector();
        if (slot == null) {
            invalid.add(new InvalidBooking("time", "appointment.chooseSlot"));
        }
        checkAdvisor(invalid, advisorId);
        invalid.throwIfAny();
        LocalTime time = Objects.requireNonNull(slot);
        Appointment current = changeable(id, AppointmentStatus.BOOKED);
        Dealer dealer = dealers.current();
        plans.lock(day);
        // moved onto a day the car is booked already, it would use capacity twice: the desk cancels one instead
        Optional<Appointment> other = records.standingOnDay(current.vehicleId(), day, id);
        if (other.isPresent()) {
            throw CarAlreadyExpected.bookedThatDay(other.get(), dealer.zone());
        }
        DayPlans.Claim claim = plans.claimLocked(dealer, day, time, advisorId, current.services(), id);
        DayPlan plan = claim.plan();
        Appointment moved = records.update(
                id,
                "day = :day, starts_at = :startsAt, ends_at = :endsAt, advisor_id = :advisor",
                Map.of(
                        "day",
                        day,
                        "startsAt",
                        java.sql.Timestamp.from(plan.startOf(time)),
                        "endsAt",
                        java.sql.Timestamp.from(plan.endOf(time)),
                        "advisor",
                        claim.advisor()));
        outbox.cancel(current.reference(), REMINDER);
        About about = new About(dealer, vehicles.get(moved.vehicleId()));
        announce(moved, about, plan.rules(), clock.instant(), "message.appointment.rescheduled");
        timeline(moved, about, "timeline.appointmentRescheduled");
        return moved;
    }

    public Appointment cancel(long id, String reason) {
        Appointment appointment = changeable(id, AppointmentStatus.BOOKED);
        if (reason.isBlank()) {
            throw new InvalidBooking("reason", "booking.error.cancelReasonMissing");
        }
        if (reason.strip().length() > TextLimits.LINE) {
            throw new InvalidBooking("reason", "validation.text.tooLong", TextLimits.LINE);
        }
        Appointment cancelled =
                records.update(id, "status = 'CANCELLED', cancel_reason = :reason", Map.of("reason", reason.strip()));
        outbox.cancel(appointment.reference(), REMINDER);
        About about = about(appointment);
        if (isAhead(appointment)) {
            outbox.enqueue(message(appointment, about, CANCELLATION, clock.instant(), "message.appointment.cancelled"));
        }
        timeline(appointment, about, "timeline.appointmentCancelled");
        return cancelled;
    }

    /** The car is here. Later than the dealer's tolerance is recorded as a late arrival, with the minutes. */
    public Appointment arrive(long id) {
        Appointment appointment = changeable(id, AppointmentStatus.BOOKED);
        return arrivedNow(appointment, AppointmentStatus.ARRIVED);
    }

    /** The customer did not come. Only once the slot has begun: until then they may still be on their way. */
    public Appointment noShow(long id) {
        Appointment appointment = changeable(id, AppointmentStatus.BOOKED);
        if (isAhead(appointment)) {
            throw new InvalidBooking("status", "booking.error.noShowTooEarly");
        }
        Appointment missed = records.update(id, "status = 'NO_SHOW'", Map.of());
        outbox.cancel(appointment.reference(), REMINDER);
        timeline(appointment, about(appointment), "timeline.appointmentMissed");
        return missed;
    }

    /** Reception took the car in: the appointment is done, its visit goes on as a repair order. */
    public Appointment received(long id) {
        Appointment appointment = records.findForUpdate(id).orElseThrow(() -> new NotFound("appointment", id));
        return switch (appointment.status()) {
            case BOOKED -> arrivedNow(appointment, AppointmentStatus.RECEIVED);
            case ARRIVED -> records.update(id, "status = 'RECEIVED'", Map.of());
            default ->
                throw new InvalidBooking("status", "booking.error.wrongStatus", statusArgument(appointment.status()));
        };
    }

    /** Records the arrival as of now, late beyond the dealer's tolerance, and withdraws the reminder. */
    private Appointment arrivedNow(Appointment appointment, AppointmentStatus becomes) {
        Instant now = clock.instant();
        long late = Duration.between(appointment.startsAt(), now).toMinutes();
        Integer lateMinutes = late > calendar.rules().lateAfterMinutes() ? (int) late : null;
        Appointment arrived = records.update(
                appointment.id(),
                "status = :status, arrived_at = :at, late_minutes = :late",
                nullable(Map.of("status", becomes.name(), "at", java.sql.Timestamp.from(now)), "late", lateMinutes));
        outbox.cancel(appointment.reference(), REMINDER);
        return arrived;
    }

    /** The day before: who will work on the car, and what was found of the parts it needs. */
    public Appointment prepare(long id, @Nullable Long technicianId, String partsNote) {
        changeable(id, AppointmentStatus.BOOKED);
        if (partsNote.length() > 1000) {
            throw new InvalidBooking("partsNote", "booking.error.partsNoteTooLong");
        }
        if (technicianId != null
                && staff.active(Role.TECHNICIAN, Role.FOREMAN).stream().noneMatch(t -> technicianId.equals(t.id()))) {
            throw new InvalidBooking("technicianId", "booking.error.notATechnician");
        }
        return records.update(
                id,
                "technician_id = :technician, parts_note = :note",
                nullable(Map.of("note", partsNote.strip()), "technician", technicianId));
    }

    /** The reminder goes out the day before at the dealer's reminder time; booked later than that, none is due. */
    static Optional<Instant> reminderDue(LocalDate day, BookingRules rules, ZoneId zone, Instant now) {
        Instant due = day.minusDays(1).atTime(rules.reminderTime()).atZone(zone).toInstant();
        return due.isAfter(now) ? Optional.of(due) : Optional.empty();
    }

    /** The confirmation now, and the reminder when one is still due, queued together. */
    private List<QueuedMessage> announce(
            Appointment appointment, About about, BookingRules rules, Instant now, String confirmationKey) {
        List<OutboundMessage> messages = new java.util.ArrayList<>();
        messages.add(message(appointment, about, CONFIRMATION, now, confirmationKey));
        reminderDue(appointment.day(), rules, about.dealer().zone(), now)
                .ifPresent(due ->
                        messages.add(message(appointment, about, REMINDER, due, "message.appointment.reminder")));
        return outbox.enqueueAll(messages);
    }

    private About about(Appointment appointment) {
        return new About(dealers.current(), vehicles.get(appointment.vehicleId()));
    }

    private OutboundMessage message(Appointment appointment, About about, String topic, Instant due, String key) {
        Dealer dealer = about.dealer();
        return new OutboundMessage(
                appointment.customerId(),
                MessagePurpose.BOOKING,
                topic,
                appointment.reference(),
                due,
                key,
                List.of(
                        dealer.name(),
                        WHEN.format(appointment.startsAt().atZone(dealer.zone())),
                        about.car(),
                        dealer.phone()));
    }

    private void timeline(Appointment appointment, About about, String key) {
        Dealer dealer = about.dealer();
        events.publishEvent(new CustomerTimelineEvent(
                dealer.id(),
                appointment.customerId(),
                clock.instant(),
                "APPOINTMENT",
                key,
                appointment.reference(),
                List.of(WHEN_ISO.format(appointment.startsAt().atZone(dealer.zone())), about.car())));
    }

    /** The dealer and the car, loaded once per change: the messages and the timeline both name them. */
    private record About(Dealer dealer, Vehicle vehicle) {

        String car() {
            return vehicle.label();
        }
    }

    private Appointment changeable(long id, AppointmentStatus expected) {
        Appointment appointment = records.findForUpdate(id).orElseThrow(() -> new NotFound("appointment", id));
        if (appointment.status() != expected) {
            throw new InvalidBooking("status", "booking.error.wrongStatus", statusArgument(appointment.status()));
        }
        return appointment;
    }

    private boolean isAhead(Appointment appointment) {
        return appointment.startsAt().isAfter(clock.instant());
    }

    private static Object statusArgument(AppointmentStatus status) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(
                new String[] {"appointment.status." + status.name()}, status.name());
    }

    private static Map<String, Object> nullable(Map<String, Object> values, String key, @Nullable Object value) {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put(key, value);
        return all;
    }

    /** A booking made, with the messages queued for the customer (none when they cannot be messaged). */
    public record Booked(Appointment appointment, List<QueuedMessage> messages) {}
}

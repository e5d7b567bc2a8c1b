package shinrai.customer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.audit.AuditLog;
import shinrai.vehicle.VehicleRegister;

/**
 * Merges a duplicate customer into the record that survives, losing nothing: vehicles (with their ownership
 * history), phone numbers, a company's contacts, consents, tags and notes move to the survivor, empty fields of the
 * survivor are filled from the duplicate, the timeline moves over, and the duplicate stays on file marked as merged
 * into the survivor. The merge is audited and appears on the survivor's timeline.
 */
@Service
@Transactional
public class CustomerMerge {

    private final CustomerBook book;
    private final Customers customers;
    private final FleetContacts contacts;
    private final VehicleRegister vehicles;
    private final CustomerTimeline timeline;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CustomerMerge(
            CustomerBook book,
            Customers customers,
            FleetContacts contacts,
            VehicleRegister vehicles,
            CustomerTimeline timeline,
            AuditLog auditLog,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.book = book;
        this.customers = customers;
        this.contacts = contacts;
        this.vehicles = vehicles;
        this.timeline = timeline;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public Customer merge(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new CustomerChangeRefused("duplicateId", "customer.error.mergeSelf");
        }
        // Lock both records in id order, so two managers merging the same pair cannot interleave.
        jdbc.sql("SELECT id FROM customer.customer WHERE id IN (:a, :b) ORDER BY id FOR UPDATE")
                .param("a", survivorId)
                .param("b", duplicateId)
                .query(Long.class)
                .list();
        Customer survivor = book.get(survivorId);
        Customer duplicate = book.get(duplicateId);
        if (survivor.isMerged() || duplicate.isMerged()) {
            throw new CustomerChangeRefused("duplicateId", "customer.error.alreadyMerged");
        }
        vehicles.transferAll(duplicateId, survivorId);
        contacts.moveAll(duplicateId, survivorId);
        customers.update(survivor, combined(survivor.profile(), duplicate));
        jdbc.sql("""
                        INSERT INTO customer.consent_event
                            (dealer_id, customer_id, channel, granted, occurred_at, method, recorded_by, note)
                        SELECT dealer_id, :survivor, channel, granted, occurred_at, method, recorded_by,
                               trim(note || ' #' || customer_id)
                        FROM customer.consent_event WHERE customer_id = :duplicate""")
                .param("survivor", survivorId)
                .param("duplicate", duplicateId)
                .update();
        timeline.moveAll(duplicateId, survivorId);
        customers.markMerged(duplicateId, survivorId);
        auditLog.record("MERGE", "customer.customer", survivorId + "<-" + duplicateId);
        events.publishEvent(
                new CustomersMerged(survivor.dealerId(), survivorId, duplicateId, duplicate.name(), clock.instant()));
        return book.get(survivorId);
    }

    /** The survivor's profile, completed from the duplicate: its own values always win. */
    private static CustomerProfile combined(CustomerProfile kept, Customer duplicate) {
        CustomerProfile other = duplicate.profile();
        List<MobileNumber> mobiles = new ArrayList<>(new LinkedHashSet<>(concat(kept.mobiles(), other.mobiles())));
        List<PhoneNumber> phones =
                new ArrayList<>(new LinkedHashSet<>(concat(kept.otherPhones(), other.otherPhones())));
        Set<String> tags = new LinkedHashSet<>(kept.tags());
        tags.addAll(other.tags());
        String notes = other.notes().isEmpty()
                ? kept.notes()
                : (kept.notes() + "\n#" + duplicate.id() + " " + other.notes()).strip();
        return new CustomerProfile(
                kept.kind(),
                kept.name(),
                kept.surname().isEmpty() ? other.surname() : kept.surname(),
                kept.gender() != null ? kept.gender() : other.gender(),
                kept.birthday() != null ? kept.birthday() : other.birthday(),
                mobiles,
                phones,
                kept.email().isEmpty() ? other.email() : kept.email(),
                kept.wechatId().isEmpty() ? other.wechatId() : kept.wechatId(),
                kept.address().isEmpty() ? other.address() : kept.address(),
                kept.idCardNumber() != null ? kept.idCardNumber() : other.idCardNumber(),
                kept.source(),
                tags,
                kept.preferredAdvisorId() != null ? kept.preferredAdvisorId() : other.preferredAdvisorId(),
                kept.preferredContactTime() != ContactTime.ANY
                        ? kept.preferredContactTime()
                        : other.preferredContactTime(),
                notes);
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

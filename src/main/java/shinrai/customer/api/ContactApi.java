package shinrai.customer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.audit.AuditLog;
import shinrai.customer.ContactDetails;
import shinrai.customer.ContactPerson;
import shinrai.customer.CustomerBook;
import shinrai.customer.Disclosure;
import shinrai.customer.FleetContacts;
import shinrai.customer.MobileNumber;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;

/**
 * A company customer's named contacts for integrators. As for the customer itself, mobiles and e-mail addresses come
 * back whole only to callers allowed to see them, and each read is on the audit log as a read of the customer.
 */
@RestController
@RequestMapping("/api/v1/customers/{customerId}/contacts")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Customers")
@SecurityRequirement(name = "bearer")
class ContactApi {

    private final FleetContacts contacts;
    private final CustomerBook book;
    private final AuditLog auditLog;

    ContactApi(FleetContacts contacts, CustomerBook book, AuditLog auditLog) {
        this.contacts = contacts;
        this.book = book;
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(
            summary =
                    "A company's contacts in the order they were added, a page at a time: pass the last id as afterId")
    List<ContactView> list(
            @PathVariable long customerId,
            @RequestParam(defaultValue = "0") long afterId,
            @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit,
            Authentication caller) {
        book.get(customerId);
        return views(customerId, contacts.page(customerId, afterId, limit), caller);
    }

    @GetMapping("/{contactId}")
    ContactView one(@PathVariable long customerId, @PathVariable long contactId, Authentication caller) {
        return view(contacts.get(customerId, contactId), caller);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    @Operation(summary = "Add a contact to a company customer; marking it primary unmarks the previous one")
    ResponseEntity<ContactView> add(
            @PathVariable long customerId, @Valid @RequestBody ContactRequest request, Authentication caller) {
        ContactPerson added = contacts.add(customerId, request.toDetails());
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customerId + "/contacts/" + added.id()))
                .body(echo(added));
    }

    @PutMapping("/{contactId}")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    ContactView update(
            @PathVariable long customerId,
            @PathVariable long contactId,
            @Valid @RequestBody ContactRequest request,
            Authentication caller) {
        return echo(contacts.update(customerId, contactId, request.toDetails()));
    }

    @DeleteMapping("/{contactId}")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    ResponseEntity<Void> remove(@PathVariable long customerId, @PathVariable long contactId) {
        contacts.remove(customerId, contactId);
        return ResponseEntity.noContent().build();
    }

    /** A contact as the caller just wrote it: the number is their own input, so showing it reveals nothing. */
    private static ContactView echo(ContactPerson contact) {
        return ContactView.of(contact, Disclosure.WHOLE);
    }

    private ContactView view(ContactPerson contact, Authentication caller) {
        return views(contact.customerId(), List.of(contact), caller).get(0);
    }

    /** Contacts are the company customer's personal data: their read is recorded against the customer. */
    private List<ContactView> views(long customerId, List<ContactPerson> found, Authentication caller) {
        Disclosure disclosure = Disclosure.to(caller);
        if (!found.isEmpty()) {
            auditLog.recordRead(AuditLog.READ, "customer.customer", List.of(customerId), disclosure.whole());
        }
        return found.stream()
                .map(contact -> ContactView.of(contact, disclosure))
                .toList();
    }

    /** A contact as the API writes it; the mobile in any notation staff type. */
    record ContactRequest(
            @NotBlank @Size(max = TextLimits.LABEL) String name,
            @Nullable @Size(max = 60) String role,
            @Nullable @Size(max = TextLimits.TOKEN) String mobile,
            @Nullable @Size(max = TextLimits.LINE) String email,
            @Nullable @Size(max = 1000) String notes,
            @Nullable Boolean primary) {

        ContactDetails toDetails() {
            InvalidInput.Collector invalid = new InvalidInput.Collector();
            MobileNumber number = invalid.attempt("mobile", () -> MobileNumber.of(mobile), null);
            invalid.throwIfAny();
            return new ContactDetails(name, role, number, email, notes, Boolean.TRUE.equals(primary));
        }
    }

    /** A contact as the API reads it; mobile and e-mail masked as {@link Disclosure} decides. */
    record ContactView(long id, String name, String role, String mobile, String email, String notes, boolean primary) {

        static ContactView of(ContactPerson contact, Disclosure disclosure) {
            return new ContactView(
                    contact.id(),
                    contact.name(),
                    contact.role(),
                    disclosure.mobileE164(contact.mobile()),
                    disclosure.email(contact.email()),
                    contact.notes(),
                    contact.primary());
        }
    }
}

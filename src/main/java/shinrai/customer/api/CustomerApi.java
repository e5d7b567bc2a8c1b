package shinrai.customer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.audit.AuditLog;
import shinrai.customer.Consent;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSearch;
import shinrai.customer.CustomerSource;
import shinrai.customer.Disclosure;
import shinrai.customer.Gender;
import shinrai.customer.IdCardNumber;
import shinrai.customer.MobileNumber;
import shinrai.customer.PhoneNumber;
import shinrai.customer.PossibleDuplicate;
import shinrai.shared.InvalidInput;
import shinrai.shared.TextLimits;
import shinrai.web.ProblemResponses;

/**
 * Customers for integrators. Contact details (numbers, e-mail, WeChat id, address, birthday) come back whole only
 * to callers allowed to see them, and only one customer at a time; everyone else, and every search result, gets
 * them masked. Every read of a customer is on the audit log, one entry per request however many customers it
 * returns.
 */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
@Tag(name = "Customers")
@SecurityRequirement(name = "bearer")
class CustomerApi {

    private final CustomerBook book;
    private final CustomerSearch search;
    private final AuditLog auditLog;
    private final ProblemResponses problems;

    CustomerApi(CustomerBook book, CustomerSearch search, AuditLog auditLog, ProblemResponses problems) {
        this.book = book;
        this.search = search;
        this.auditLog = auditLog;
        this.problems = problems;
    }

    @GetMapping
    @Operation(
            summary = "Search by mobile (full or last 4), plate (with or without province), VIN (full, last 6 or 8),"
                    + " or name")
    List<CustomerView> search(@RequestParam String q) {
        // a result list is masked for everyone, like the search page: whole details are read one customer at a time
        List<CustomerView> found = search.search(q).stream()
                .map(hit -> CustomerView.of(hit.customer(), Disclosure.MASKED))
                .toList();
        auditLog.recordRead(
                AuditLog.READ,
                "customer.customer",
                found.stream().map(CustomerView::id).toList(),
                false);
        return found;
    }

    @GetMapping("/{id}")
    CustomerView one(@PathVariable long id, Authentication caller) {
        Customer customer = book.get(id);
        Disclosure disclosure = Disclosure.to(caller);
        auditLog.recordRead(AuditLog.READ, "customer.customer", List.of(id), disclosure.whole());
        return CustomerView.of(customer, disclosure);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    @Operation(
            summary = "Register a customer; 409 with the existing ids when the mobile is already known, unless"
                    + " confirmNotADuplicate=true")
    ResponseEntity<CustomerView> register(
            @Valid @RequestBody CustomerRequest request,
            @RequestParam(defaultValue = "false") boolean confirmNotADuplicate) {
        Customer registered = book.register(request.toProfile(), confirmNotADuplicate);
        return ResponseEntity.created(URI.create("/api/v1/customers/" + registered.id()))
                .body(echo(registered));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    CustomerView update(@PathVariable long id, @Valid @RequestBody CustomerRequest request) {
        return echo(book.update(id, request.toProfile()));
    }

    @GetMapping("/{id}/consents")
    List<Consent> consents(@PathVariable long id) {
        return book.consentHistory(id);
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    ResponseEntity<Map<ConsentChannel, Consent>> recordConsent(
            @PathVariable long id, @Valid @RequestBody ConsentRequest request) {
        book.recordConsent(id, request.channel(), request.granted(), request.method(), request.note());
        return ResponseEntity.status(HttpStatus.CREATED).body(book.currentConsents(id));
    }

    @ExceptionHandler
    ProblemDetail possibleDuplicate(PossibleDuplicate duplicate, java.util.Locale locale) {
        ProblemDetail problem =
                problems.problem(HttpStatus.CONFLICT, duplicate.messageKey(), locale, duplicate.arguments());
        problem.setProperty("existing", duplicate.existing());
        problem.setProperty("errors", List.of(new ProblemResponses.FieldError("mobile", problem.getDetail())));
        return problem;
    }

    /**
     * A customer as the caller just wrote it. Only roles that may see contact details may write customers, and the
     * change itself is in the audit log, so the answer is whole and no read is recorded.
     */
    private static CustomerView echo(Customer written) {
        return CustomerView.of(written, Disclosure.WHOLE);
    }

    /**
     * A customer as the API writes it. {@code preferredContactTime} is when in the day the customer prefers to be
     * called (follow-up calls fall due in it); absent or {@code ANY} is any time.
     */
    record CustomerRequest(
            @NotNull CustomerKind kind,
            @NotBlank @Size(max = TextLimits.NAME) String name,
            @Nullable @Size(max = TextLimits.TOKEN) String surname,
            @Nullable Gender gender,
            @Nullable LocalDate birthday,
            @Nullable @Size(max = 5) List<@NotNull @Size(max = TextLimits.TOKEN) String> mobiles,
            @Nullable @Size(max = 5) List<@NotNull @Size(max = TextLimits.TOKEN) String> otherPhones,
            @Nullable @Size(max = TextLimits.LINE) String email,
            @Nullable @Size(max = TextLimits.LABEL) String wechatId,
            @Nullable @Size(max = TextLimits.ADDRESS) String address,
            @Nullable @Size(max = TextLimits.TOKEN) String idCardNumber,
            @Nullable CustomerSource source,
            @Nullable @Size(max = 50) List<@NotNull @Size(max = TextLimits.TOKEN) String> tags,
            @Nullable ContactTime preferredContactTime,
            @Nullable @Size(max = TextLimits.NOTE) String notes) {

        CustomerProfile toProfile() {
            InvalidInput.Collector invalid = new InvalidInput.Collector();
            List<MobileNumber> mobileNumbers = new ArrayList<>();
            List<String> givenMobiles = mobiles == null ? List.of() : mobiles;
            for (int i = 0; i < givenMobiles.size(); i++) {
                String raw = givenMobiles.get(i);
                mobileNumbers.add(
                        invalid.attempt(i == 0 ? "mobile" : "mobiles[" + i + "]", () -> MobileNumber.of(raw), null));
            }
            List<PhoneNumber> phones = new ArrayList<>();
            List<String> givenPhones = otherPhones == null ? List.of() : otherPhones;
            for (int i = 0; i < givenPhones.size(); i++) {
                String raw = givenPhones.get(i);
                phones.add(invalid.attempt("otherPhones[" + i + "]", () -> PhoneNumber.of(raw), null));
            }
            IdCardNumber idCard = idCardNumber == null || idCardNumber.isBlank()
                    ? null
                    : invalid.attempt("idCardNumber", () -> IdCardNumber.of(idCardNumber), null);
            invalid.throwIfAny();
            return new CustomerProfile(
                    kind,
                    name,
                    surname,
                    gender,
                    birthday,
                    mobileNumbers,
                    phones,
                    email,
                    wechatId,
                    address,
                    idCard,
                    source,
                    tags == null ? null : new LinkedHashSet<>(tags),
                    null,
                    preferredContactTime,
                    notes);
        }
    }

    record ConsentRequest(
            @NotNull ConsentChannel channel,
            @NotNull Boolean granted,
            @NotNull ConsentMethod method,
            @Nullable @Size(max = TextLimits.NOTE) String note) {}

    /**
     * A customer as the API reads it; contact details masked as {@link Disclosure} decides. {@code birthday} is the
     * whole date, absent for callers who may not see it; {@code birthdayMonthDay} ({@code --05-14}) is for everyone.
     */
    record CustomerView(
            long id,
            CustomerKind kind,
            String name,
            String surname,
            @Nullable Gender gender,
            @Nullable LocalDate birthday,
            @Nullable MonthDay birthdayMonthDay,
            List<String> mobiles,
            List<String> otherPhones,
            String email,
            String wechatId,
            String address,
            @Nullable String idCardNumber,
            CustomerSource source,
            List<String> tags,
            ContactTime preferredContactTime,
            String notes,
            @Nullable Long mergedInto,
            Instant createdAt) {

        static CustomerView of(Customer customer, Disclosure disclosure) {
            CustomerProfile p = customer.profile();
            return new CustomerView(
                    customer.id(),
                    p.kind(),
                    p.name(),
                    p.surname(),
                    p.gender(),
                    disclosure.birthday(p.birthday()),
                    Disclosure.birthdayMonthDay(p.birthday()),
                    p.mobiles().stream().map(disclosure::mobileE164).toList(),
                    p.otherPhones().stream().map(disclosure::otherPhone).toList(),
                    disclosure.email(p.email()),
                    disclosure.wechatId(p.wechatId()),
                    disclosure.address(p.address()),
                    disclosure.idCard(p.idCardNumber()),
                    p.source(),
                    p.tags().stream().sorted().toList(),
                    p.preferredContactTime(),
                    p.notes(),
                    customer.mergedInto(),
                    customer.createdAt());
        }
    }
}

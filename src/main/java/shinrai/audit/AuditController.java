package shinrai.audit;

import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Permission;

/**
 * The dealer's audit log, 50 entries a page in business words; filtering and paging swap the table in place with
 * htmx. Personal data on it is masked unless the reader may see contact details unmasked.
 */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

    private final AuditEntries entries;
    private final DealerDirectory dealers;

    AuditController(AuditEntries entries, DealerDirectory dealers) {
        this.entries = entries;
        this.dealers = dealers;
    }

    @GetMapping("/audit")
    String browse(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable String record,
            @RequestParam(required = false) @Nullable Long before,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Authentication reader,
            Locale locale,
            Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(from, to, actor, action, record, before);
        boolean whole = reader.getAuthorities().stream()
                .anyMatch(a -> Permission.CUSTOMER_CONTACT_VIEW.name().equals(a.getAuthority()));
        model.addAttribute("filter", filter);
        model.addAttribute("page", entries.page(filter, dealers.current().zone(), locale, whole));
        if (htmx == null) {
            model.addAttribute("records", entries.recordKinds(locale));
        }
        return htmx != null ? "audit/log :: results" : "audit/log";
    }
}

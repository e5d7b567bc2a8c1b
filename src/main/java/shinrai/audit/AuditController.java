package shinrai.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.dealer.DealerDirectory;

/** The dealer admin's view of the audit log; filtering and paging swap the table in place with htmx. */
@Controller
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

    private final AuditLog auditLog;
    private final DealerDirectory dealers;

    AuditController(AuditLog auditLog, DealerDirectory dealers) {
        this.auditLog = auditLog;
        this.dealers = dealers;
    }

    @GetMapping("/audit")
    String browse(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Long before,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        AuditLog.Filter filter = new AuditLog.Filter(from, to, actor, action, before);
        var zone = dealers.current().zone();
        model.addAttribute("filter", filter);
        model.addAttribute("page", auditLog.search(filter, zone));
        model.addAttribute("zone", zone);
        return htmx != null ? "audit/log :: results" : "audit/log";
    }
}

package shinrai.customer.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import shinrai.audit.AuditLog;
import shinrai.customer.Disclosure;
import shinrai.customer.importing.CustomerImport;
import shinrai.customer.importing.ImportField;
import shinrai.customer.importing.ImportJob;
import shinrai.shared.BusinessRuleViolation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports for integrators: upload a CSV or .xlsx file (optionally with the column mapping; otherwise the one
 * remembered for this header, or guessed from it, is used), then poll the job and fetch the refused lines.
 */
@RestController
@RequestMapping("/api/v1/imports")
@PreAuthorize("hasAuthority('CUSTOMER_IMPORT_EXPORT')")
@Tag(name = "Imports")
@SecurityRequirement(name = "bearer")
class ImportApi {

    static final int MAX_PAGE = 1_000;

    private final CustomerImport imports;
    private final MessageSource messages;
    private final JsonMapper json;
    private final AuditLog auditLog;

    ImportApi(CustomerImport imports, MessageSource messages, JsonMapper json, AuditLog auditLog) {
        this.imports = imports;
        this.messages = messages;
        this.json = json;
        this.auditLog = auditLog;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload and start an import; mapping is {\"0\":\"NAME\",\"3\":\"MOBILE\",...} (column index to"
                    + " field), optional")
    ResponseEntity<JobView> upload(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String mapping,
            Locale locale)
            throws IOException {
        ImportJob uploaded = imports.upload(
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getInputStream());
        Map<Integer, ImportField> columns = mapping == null ? uploaded.mapping() : parse(mapping);
        ImportJob started = imports.start(uploaded.id(), columns);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + started.id()))
                .body(JobView.of(started, failure(started, locale)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and outcome of an import")
    JobView progress(@PathVariable long id, Locale locale) {
        ImportJob job = imports.job(id);
        return JobView.of(job, failure(job, locale));
    }

    private @Nullable String failure(ImportJob job, Locale locale) {
        return job.failureKey() == null
                ? null
                : messages.getMessage(job.failureKey(), job.failureArguments().toArray(), locale);
    }

    @GetMapping("/{id}/errors")
    @Operation(
            summary = "The refused lines with their reasons, in file order, a page at a time: pass the last line"
                    + " of a page as afterLine to get the next. The lines' cells come only to callers who may see"
                    + " contact details unmasked; each page read is audited")
    RefusalPage errors(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") long afterLine,
            @RequestParam(defaultValue = "500") int limit,
            Authentication caller,
            Locale locale) {
        int pageSize = Math.max(1, Math.min(limit, MAX_PAGE));
        Disclosure disclosure = Disclosure.to(caller);
        List<Refusal> refusals = new ArrayList<>();
        imports.eachRefusal(
                id,
                afterLine,
                pageSize,
                (line, cells, reasons) -> refusals.add(new Refusal(
                        line,
                        disclosure.whole() ? cells : List.of(),
                        reasons.stream()
                                .map(reason -> new Refusal.Reason(
                                        reason.field(),
                                        disclosure.text(
                                                messages.getMessage(reason.messageKey(), reason.arguments(), locale))))
                                .toList())));
        auditLog.recordRead(AuditLog.READ, "customer.import_job", List.of(id), disclosure.whole());
        Long next = refusals.size() < pageSize
                ? null
                : refusals.get(refusals.size() - 1).line();
        return new RefusalPage(refusals, next);
    }

    /** The mapping as JSON, read by the application's own JSON mapper; anything else is a 400 naming the field. */
    private Map<Integer, ImportField> parse(String mapping) {
        try {
            return json.readValue(mapping, new TypeReference<Map<Integer, ImportField>>() {});
        } catch (JacksonException unreadable) {
            throw new InvalidMapping();
        }
    }

    record JobView(
            long id,
            String fileName,
            ImportJob.Status status,
            int percent,
            int totalRows,
            int processedRows,
            int customersCreated,
            int customersMatched,
            int vehiclesCreated,
            int vehiclesExisting,
            int failedRows,
            Instant createdAt,
            @Nullable Instant finishedAt,
            @Nullable String failure) {

        static JobView of(ImportJob job, @Nullable String failure) {
            return new JobView(
                    job.id(),
                    job.fileName(),
                    job.status(),
                    job.percent(),
                    job.totalRows(),
                    job.processedRows(),
                    job.customersCreated(),
                    job.customersMatched(),
                    job.vehiclesCreated(),
                    job.vehiclesExisting(),
                    job.failedRows(),
                    job.createdAt(),
                    job.finishedAt(),
                    failure);
        }
    }

    /** One page of refused lines; {@code nextAfterLine} is absent on the last page. */
    record RefusalPage(List<Refusal> refusals, @Nullable Long nextAfterLine) {}

    /** The mapping parameter is not JSON of column index to field. */
    static final class InvalidMapping extends BusinessRuleViolation {
        InvalidMapping() {
            super("import.error.mappingJson", "mapping");
        }

        @Override
        public int httpStatus() {
            return 400;
        }
    }

    /** A refused line: its cells as the file had them (empty for callers who may not see them) and why. */
    record Refusal(long line, List<String> cells, List<Reason> reasons) {
        record Reason(String field, String message) {}
    }
}

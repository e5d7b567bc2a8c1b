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
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import shinrai.customer.importing.CustomerImport;
import shinrai.customer.importing.ImportField;
import shinrai.customer.importing.ImportJob;

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

    private final CustomerImport imports;
    private final MessageSource messages;

    ImportApi(CustomerImport imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload and start an import; mapping is {\"0\":\"NAME\",\"3\":\"MOBILE\",...} (column index to"
                    + " field), optional")
    ResponseEntity<JobView> upload(
            @RequestPart("file") MultipartFile file, @RequestParam(required = false) @Nullable String mapping)
            throws IOException {
        ImportJob uploaded = imports.upload(
                file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getInputStream());
        Map<Integer, ImportField> columns = mapping == null ? uploaded.mapping() : parse(mapping);
        ImportJob started = imports.start(uploaded.id(), columns);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/imports/" + started.id()))
                .body(JobView.of(started));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Progress and outcome of an import")
    JobView progress(@PathVariable long id) {
        return JobView.of(imports.job(id));
    }

    @GetMapping("/{id}/errors")
    @Operation(summary = "The refused lines with their reasons, in file order")
    List<Refusal> errors(@PathVariable long id, Locale locale) {
        List<Refusal> refusals = new ArrayList<>();
        imports.eachRefusal(
                id,
                (line, cells, reasons) -> refusals.add(new Refusal(
                        line,
                        cells,
                        reasons.stream()
                                .map(reason -> new Refusal.Reason(
                                        reason.field(),
                                        messages.getMessage(reason.messageKey(), reason.arguments(), locale)))
                                .toList())));
        return refusals;
    }

    private static Map<Integer, ImportField> parse(String mapping) {
        Map<Integer, ImportField> columns = new TreeMap<>();
        String body = mapping.strip().replaceAll("^\\{|}$", "");
        for (String pair : body.split(",")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split(":");
                columns.put(
                        Integer.valueOf(parts[0].replace("\"", "").strip()),
                        ImportField.valueOf(parts[1].replace("\"", "").strip()));
            }
        }
        return columns;
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
            @Nullable Instant finishedAt) {

        static JobView of(ImportJob job) {
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
                    job.finishedAt());
        }
    }

    record Refusal(long line, List<String> cells, List<Reason> reasons) {
        record Reason(String field, String message) {}
    }
}

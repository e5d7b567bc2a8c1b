package shinrai.customer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.audit.AuditLog;
import shinrai.customer.Disclosure;
import shinrai.customer.importing.CustomerImport;
import shinrai.customer.importing.ImportField;
import shinrai.customer.importing.ImportJob;
import shinrai.shared.BusinessRuleViolation;
import shinrai.web.Downloads;

/** Upload a file, check how its columns map, watch it go in, download what could not. */
@Controller
@RequestMapping("/customers/imports")
@PreAuthorize("hasAuthority('CUSTOMER_IMPORT_EXPORT')")
class CustomerImportController {

    private final CustomerImport imports;
    private final MessageSource messages;
    private final AuditLog auditLog;

    CustomerImportController(CustomerImport imports, MessageSource messages, AuditLog auditLog) {
        this.imports = imports;
        this.messages = messages;
        this.auditLog = auditLog;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", imports.recent());
        return "customer/imports";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("problem", "tabular.error.empty");
            return "redirect:/customers/imports";
        }
        try {
            ImportJob job = imports.upload(
                    file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(), file.getInputStream());
            return "redirect:/customers/imports/" + job.id();
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return "redirect:/customers/imports";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        ImportJob job = imports.job(id);
        model.addAttribute("job", job);
        if (job.status() == ImportJob.Status.UPLOADED) {
            model.addAttribute("fields", ImportField.values());
            // the file's first lines are customers' details: the headers alone must do for whoever may not see them
            model.addAttribute("preview", Disclosure.to(user).whole() ? imports.preview(id, 5) : List.of());
            return "customer/import-mapping";
        }
        return "customer/import-job";
    }

    /** The progress panel alone, which the job page polls with htmx until the job is finished. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(id));
        return "customer/import-job :: progress";
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<Integer, ImportField> columns = new TreeMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("column") && !value.isBlank()) {
                columns.put(Integer.valueOf(name.substring("column".length())), ImportField.valueOf(value));
            }
        });
        try {
            imports.start(id, columns);
        } catch (BusinessRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        return "redirect:/customers/imports/" + id;
    }

    /**
     * The refused lines as a CSV to fix and import again: the file's own columns, then the reasons. UTF-8 with a
     * byte-order mark so Excel shows the Chinese right; streamed line by line. Whoever may not see customers'
     * contact details gets the line numbers and reasons only; every download is audited.
     */
    @GetMapping("/{id}/errors.csv")
    void refusals(@PathVariable long id, Authentication user, Locale locale, HttpServletResponse response)
            throws IOException {
        ImportJob job = imports.job(id);
        Disclosure disclosure = Disclosure.to(user);
        List<String> columns = disclosure.whole() ? job.header() : List.of();
        auditLog.recordRead(AuditLog.EXPORT, "customer.import_job", List.of(id), disclosure.whole());
        String name = messages.getMessage("import.report.filename", null, locale) + "-" + id + ".csv";
        Downloads.attachment(response, "text/csv;charset=UTF-8", name);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.print('\uFEFF');
        List<String> header = new ArrayList<>(columns);
        header.add(0, messages.getMessage("import.report.line", null, locale));
        header.add(messages.getMessage("import.report.reasons", null, locale));
        out.print(csvLine(header));
        imports.eachRefusal(id, (line, cells, reasons) -> {
            List<String> values = new ArrayList<>(disclosure.whole() ? cells : List.of());
            while (values.size() < columns.size()) {
                values.add("");
            }
            values.add(0, String.valueOf(line));
            values.add(reasons.stream()
                    .map(reason -> label(reason.field(), locale)
                            + disclosure.text(messages.getMessage(reason.messageKey(), reason.arguments(), locale)))
                    .collect(Collectors.joining("; ")));
            out.print(csvLine(values));
        });
        out.flush();
    }

    private String label(String field, Locale locale) {
        if (field.isEmpty()) {
            return "";
        }
        try {
            ImportField known = ImportField.valueOf(field.toUpperCase(Locale.ROOT));
            return messages.getMessage(known.messageKey(), null, locale) + ": ";
        } catch (IllegalArgumentException notAnImportField) {
            return field + ": ";
        }
    }

    private static String csvLine(List<String> values) {
        return values.stream()
                        .map(value -> value.contains(",") || value.contains("\"") || value.contains("\n")
                                ? "\"" + value.replace("\"", "\"\"") + "\""
                                : value)
                        .collect(Collectors.joining(","))
                + "\r\n";
    }
}

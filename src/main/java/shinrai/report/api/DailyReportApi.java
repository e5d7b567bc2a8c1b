package shinrai.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.report.DailyFigures;
import shinrai.report.DailyReport;
import shinrai.report.DailyReportWorkbook;

@RestController
@RequestMapping("/api/v1/reports")
@PreAuthorize("hasAuthority('DEALER_KPI_READ')")
@Tag(name = "Reports", description = """
                The service manager's daily report: the day and the month to date (the 1st to the day) against the \
                month's targets, per advisor and per technician. Revenue is booked when the car is delivered: the \
                approved lines of the orders delivered in the period, at every payer. Shares are fractions (0.75).""")
@SecurityRequirement(name = "bearer")
class DailyReportApi {

    private final DailyReport reports;
    private final DailyReportWorkbook workbook;

    DailyReportApi(DailyReport reports, DailyReportWorkbook workbook) {
        this.reports = reports;
        this.workbook = workbook;
    }

    @GetMapping("/daily")
    @Operation(summary = "The daily report of a day (the dealer's today when no date is given)")
    DailyFigures daily(@RequestParam(required = false) @Nullable LocalDate date) {
        return reports.of(date == null ? reports.today() : date);
    }

    @GetMapping("/daily.xlsx")
    @Operation(summary = "The daily report as an Excel workbook, headers in the language asked for")
    void export(@RequestParam(required = false) @Nullable LocalDate date, Locale locale, HttpServletResponse response)
            throws IOException {
        DailyFigures report = reports.of(date == null ? reports.today() : date);
        workbook.send(report, locale, response);
    }
}

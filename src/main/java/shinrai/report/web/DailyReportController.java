package shinrai.report.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import shinrai.report.DailyFigures;
import shinrai.report.DailyReport;
import shinrai.report.DailyReportWorkbook;
import shinrai.report.MonthlyTargets;
import shinrai.report.SummaryLine;

/**
 * The service manager's daily report: the day and the month to date against the month's targets, per advisor and
 * per technician, a day at a time (previous, next, any date), printed on A4 or exported to Excel. Whoever sets up
 * the dealer's service lane (the dealer admin, the service manager) sets the month's targets on the same page.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAuthority('DEALER_KPI_READ')")
class DailyReportController {

    private final DailyReport reports;
    private final MonthlyTargets targets;
    private final DailyReportWorkbook workbook;

    DailyReportController(DailyReport reports, MonthlyTargets targets, DailyReportWorkbook workbook) {
        this.reports = reports;
        this.targets = targets;
        this.workbook = workbook;
    }

    @GetMapping("/daily")
    String daily(@RequestParam(required = false) @Nullable LocalDate date, Model model) {
        LocalDate today = reports.today();
        DailyFigures report = reports.of(date == null ? today : date);
        model.addAttribute("report", report);
        model.addAttribute("summary", SummaryLine.of(report));
        model.addAttribute("today", today);
        return "report/daily";
    }

    @GetMapping("/daily.xlsx")
    void export(@RequestParam(required = false) @Nullable LocalDate date, Locale locale, HttpServletResponse response)
            throws IOException {
        DailyFigures report = reports.of(date == null ? reports.today() : date);
        workbook.send(report, locale, response);
    }

    @PostMapping("/targets")
    @PreAuthorize("hasAuthority('DEALER_KPI_READ') and hasAnyAuthority('DEALER_SETTINGS_MANAGE', 'BOOKING_SET_UP')")
    String setTargets(
            @Valid @ModelAttribute TargetsForm form,
            BindingResult errors,
            @RequestParam(required = false) @Nullable LocalDate date,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("problem", "report.targets.invalid");
        } else {
            targets.set(form.target());
            redirect.addFlashAttribute("notice", "report.targets.saved");
        }
        return "redirect:"
                + UriComponentsBuilder.fromPath("/reports/daily")
                        .queryParamIfPresent("date", java.util.Optional.ofNullable(date))
                        .toUriString();
    }
}

package shinrai.customer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import shinrai.audit.AuditLog;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerProfile;
import shinrai.customer.CustomerSearch;
import shinrai.customer.Disclosure;
import shinrai.customer.MobileNumber;
import shinrai.dealer.DealerDirectory;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.Downloads;

/**
 * Any search result as an Excel workbook. Rows stream out in chunks of {@value #CHUNK} customers (one query for
 * their vehicles per chunk) through POI's streaming writer, which keeps only a window of rows in memory, so the
 * export's memory stays bounded whatever the number of matches. Contact details are masked as {@link Disclosure}
 * decides; every export is written to the audit log with the ids of the customers in it.
 */
@Controller
@PreAuthorize("hasAuthority('CUSTOMER_IMPORT_EXPORT')")
class CustomerExportController {

    static final int CHUNK = 500;
    static final int MAX_ROWS = 1_000_000;

    private static final List<String> COLUMNS = List.of(
            "customer.number.header",
            "customer.kind",
            "customer.name",
            "customer.surname",
            "customer.gender",
            "customer.mobile",
            "customer.secondMobile",
            "customer.email",
            "customer.wechatId",
            "customer.birthday",
            "customer.address",
            "customer.source",
            "customer.tags",
            "customer.preferredContactTime",
            "vehicle.title");

    private final CustomerSearch search;
    private final CustomerBook book;
    private final VehicleRegister vehicles;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final DealerDirectory dealers;
    private final Clock clock;

    CustomerExportController(
            CustomerSearch search,
            CustomerBook book,
            VehicleRegister vehicles,
            AuditLog auditLog,
            MessageSource messages,
            DealerDirectory dealers,
            Clock clock) {
        this.search = search;
        this.book = book;
        this.vehicles = vehicles;
        this.auditLog = auditLog;
        this.messages = messages;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping("/customers/export.xlsx")
    void export(@RequestParam String q, Authentication user, Locale locale, HttpServletResponse response)
            throws IOException {
        Disclosure disclosure = Disclosure.to(user);
        List<Long> ids = search.matchingIds(q, MAX_ROWS);
        auditLog.recordRead(AuditLog.EXPORT, "customer.customer", ids, disclosure.whole());

        // the dealer's own date, as staff read it on the wall calendar, not the server's
        LocalDate today = LocalDate.now(clock.withZone(dealers.current().zone()));
        String filename = messages.getMessage("customer.export.filename", null, locale) + "-" + today + ".xlsx";
        Downloads.attachment(response, Downloads.XLSX, filename);
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (OutputStream out = response.getOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("customer.search.title", null, locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(messages.getMessage(COLUMNS.get(c), null, locale));
            }
            int rowNumber = 1;
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Map<Long, List<Vehicle>> cars =
                        vehicles.ownedBy(chunk).stream().collect(Collectors.groupingBy(Vehicle::ownerId));
                for (Customer customer : book.getAll(chunk)) {
                    if (!customer.isMerged()) {
                        write(
                                sheet.createRow(rowNumber++),
                                customer,
                                cars.getOrDefault(customer.id(), List.of()),
                                disclosure,
                                locale);
                    }
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void write(Row row, Customer customer, List<Vehicle> cars, Disclosure disclosure, Locale locale) {
        CustomerProfile p = customer.profile();
        String[] values = {
            String.valueOf(customer.id()),
            messages.getMessage("customer.kind." + p.kind(), null, locale),
            p.name(),
            p.surname(),
            p.gender() == null ? "" : messages.getMessage("customer.gender." + p.gender(), null, locale),
            number(p.mobiles(), 0, disclosure),
            number(p.mobiles(), 1, disclosure),
            disclosure.email(p.email()),
            disclosure.wechatId(p.wechatId()),
            disclosure.birthdayText(p.birthday()),
            disclosure.address(p.address()),
            messages.getMessage("customer.source." + p.source(), null, locale),
            String.join(", ", p.tags()),
            messages.getMessage(p.preferredContactTime().messageKey(), null, locale),
            cars.stream()
                    .map(car -> (car.plate() == null ? "" : car.plate().value() + " ")
                            + car.vin().value())
                    .collect(Collectors.joining("; "))
        };
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private static String number(List<MobileNumber> mobiles, int index, Disclosure disclosure) {
        return mobiles.size() <= index ? "" : disclosure.mobile(mobiles.get(index));
    }
}

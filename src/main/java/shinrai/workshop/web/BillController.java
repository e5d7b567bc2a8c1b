package shinrai.workshop.web;

import java.time.Clock;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import shinrai.workshop.Bill;
import shinrai.workshop.BillPdf;
import shinrai.workshop.Bills;
import shinrai.workshop.RepairOrderId;

/** The bill the advisor explains at delivery: a printable page, and the PDF the customer takes home. */
@Controller
@RequestMapping("/repair-orders/{id}")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
class BillController {

    private final Bills bills;
    private final BillPdf pdf;
    private final Clock clock;

    BillController(Bills bills, BillPdf pdf, Clock clock) {
        this.bills = bills;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping("/bill")
    String bill(@PathVariable long id, Model model) {
        model.addAttribute("bill", bills.of(RepairOrderId.asked(id)));
        return "workshop/bill";
    }

    @GetMapping("/bill.pdf")
    ResponseEntity<byte[]> billPdf(@PathVariable long id, Locale locale) {
        Bill bill = bills.of(RepairOrderId.asked(id));
        // inline, so the browser shows it; named after the repair order for when it is saved
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(bill.header().number() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.print(bill, locale, clock.instant()));
    }
}

package shinrai.followup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.Disclosure;
import shinrai.customer.MobileNumber;
import shinrai.customer.PhoneNumber;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.workshop.Bill;
import shinrai.workshop.Bills;

/**
 * Draws up the {@link CallSheet} of a call from the modules that own each part: the bill from the workshop, the
 * customer and their number from the customer book, names from the staff directory. It reads personal data: whoever
 * shows the sheet records the read in the audit log, as the customer pages do.
 */
@Service
@Transactional(readOnly = true)
public class CallSheets {

    /**
     * What a dealer's own script may say instead of a name, filled in for each call: the customer, the agent, the
     * dealer, the car and the day it was delivered. The default script takes the same values as its arguments.
     */
    public static final List<String> PLACEHOLDERS = List.of("{customer}", "{agent}", "{dealer}", "{car}", "{date}");

    private final FollowUps followUps;
    private final FollowUpSettings settings;
    private final Bills bills;
    private final CustomerBook customers;
    private final Staff staff;
    private final DealerDirectory dealers;

    CallSheets(
            FollowUps followUps,
            FollowUpSettings settings,
            Bills bills,
            CustomerBook customers,
            Staff staff,
            DealerDirectory dealers) {
        this.followUps = followUps;
        this.settings = settings;
        this.bills = bills;
        this.customers = customers;
        this.staff = staff;
        this.dealers = dealers;
    }

    public CallSheet of(FollowUpCallId id, Disclosure disclosure, String agentName) {
        FollowUpCall call = followUps.get(id);
        Bill bill = bills.of(call.repairOrder());
        Customer customer = customers.get(call.customer().value());
        String number = FollowUps.numberToCall(customer).orElse("");
        String shown = "";
        if (!number.isEmpty()) {
            MobileNumber mobile = customer.primaryMobile();
            shown = mobile != null ? disclosure.mobile(mobile) : disclosure.otherPhone(new PhoneNumber(number));
        }
        boolean wrong =
                !number.isEmpty() && customers.wrongNumbers(customer.id()).containsKey(number);
        List<Long> named = new ArrayList<>();
        named.add(call.advisor().value());
        if (call.assignedTo() != null) {
            named.add(call.assignedTo().value());
        }
        call.attempts().forEach(a -> named.add(a.recordedBy().value()));
        Map<Long, String> names = staff.displayNames(named.stream().distinct().toList());
        String delivered =
                call.deliveredAt().atZone(bill.header().zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd"));
        List<String> placeholders = List.of(
                customer.name(),
                agentName,
                dealers.current().name(),
                bill.header().vehicle(),
                delivered);
        String script = settings.terms().script();
        if (script != null) {
            for (int i = 0; i < PLACEHOLDERS.size(); i++) {
                script = script.replace(PLACEHOLDERS.get(i), placeholders.get(i));
            }
        }
        return new CallSheet(
                call,
                bill,
                customer.id(),
                customer.name(),
                shown,
                disclosure.whole(),
                wrong,
                script,
                placeholders,
                names,
                call.attempts());
    }
}

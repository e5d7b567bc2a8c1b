package shinrai.customer.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.audit.AuditLog;
import shinrai.customer.ConsentChannel;
import shinrai.customer.ConsentMethod;
import shinrai.customer.ContactTime;
import shinrai.customer.Customer;
import shinrai.customer.Customer360;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerKind;
import shinrai.customer.CustomerSearch;
import shinrai.customer.CustomerSource;
import shinrai.customer.FleetContacts;
import shinrai.customer.Gender;
import shinrai.customer.PossibleDuplicate;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.vehicle.ModelCatalogue;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FormErrors;

/**
 * Finding a customer, registering one, the 360° page and what is done from it. Phone numbers are masked on
 * screen; staff allowed to see them reveal them one customer at a time, and each reveal is audited.
 */
@Controller
@RequestMapping("/customers")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
class CustomerController {

    private final CustomerBook book;
    private final CustomerSearch search;
    private final Customer360 overview;
    private final VehicleRegister vehicles;
    private final DealerDirectory dealers;
    private final AuditLog auditLog;
    private final ModelCatalogue catalogue;
    private final FleetContacts contacts;
    private final java.time.Clock clock;

    CustomerController(
            CustomerBook book,
            CustomerSearch search,
            Customer360 overview,
            VehicleRegister vehicles,
            DealerDirectory dealers,
            AuditLog auditLog,
            ModelCatalogue catalogue,
            FleetContacts contacts,
            java.time.Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.contacts = contacts;
        this.book = book;
        this.search = search;
        this.overview = overview;
        this.vehicles = vehicles;
        this.dealers = dealers;
        this.auditLog = auditLog;
    }

    @ModelAttribute("models")
    java.util.List<ModelCatalogue.Model> models() {
        return catalogue.all();
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", CustomerKind.values());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("sources", CustomerSource.values());
        model.addAttribute("contactTimes", ContactTime.values());
        model.addAttribute("channels", ConsentChannel.values());
        model.addAttribute("consentMethods", ConsentMethod.values());
    }

    /** The search box's target: one match opens the customer, several are listed. */
    @GetMapping
    String find(@RequestParam(defaultValue = "") String q, Model model) {
        List<CustomerSearch.Hit> hits = q.isBlank() ? List.of() : search.search(q);
        if (hits.size() == 1) {
            return "redirect:/customers/" + hits.get(0).customer().id();
        }
        model.addAttribute("q", q);
        model.addAttribute("hits", hits);
        return "customer/search";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String registrationForm(Model model) {
        model.addAttribute("customerForm", new CustomerForm());
        return "customer/form";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String register(@Valid CustomerForm customerForm, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Customer registered = book.register(customerForm.toProfile(), customerForm.isNotADuplicate());
                redirect.addFlashAttribute("notice", "customer.registered");
                redirect.addFlashAttribute("noticeArguments", new Object[] {registered.name()});
                return "redirect:/customers/" + registered.id();
            } catch (PossibleDuplicate duplicate) {
                model.addAttribute("duplicates", book.getAll(duplicate.existing()));
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return "customer/form";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String editForm(@PathVariable long id, Model model) {
        Customer customer = book.get(id);
        model.addAttribute("customer", customer);
        model.addAttribute("customerForm", CustomerForm.of(customer));
        return "customer/form";
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String update(
            @PathVariable long id,
            @Valid CustomerForm customerForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Customer updated = book.update(id, customerForm.toProfile());
                redirect.addFlashAttribute("notice", "customer.updated");
                redirect.addFlashAttribute("noticeArguments", new Object[] {updated.name()});
                return "redirect:/customers/" + id;
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("customer", book.get(id));
        return "customer/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var zone = dealers.current().zone();
        model.addAttribute("overview", overview.of(id, zone));
        model.addAttribute("zone", zone);
        model.addAttribute("wrongNumbers", book.wrongNumbers(id));
        if (!model.containsAttribute("contactForm")) {
            // else it is a contact ContactController refused, back as a flash attribute with its errors
            model.addAttribute("contactForm", new ContactForm());
        }
        return "customer/show";
    }

    /**
     * The unmasked numbers, the customer's and its contacts', swapped into the page by htmx; every reveal lands in
     * the audit log.
     */
    @GetMapping("/{id}/contact")
    @PreAuthorize("hasAuthority('CUSTOMER_CONTACT_VIEW')")
    String revealContact(@PathVariable long id, Model model) {
        Customer customer = book.get(id);
        auditLog.record("VIEW_CONTACT", "customer.customer", String.valueOf(id));
        model.addAttribute("customer", customer);
        model.addAttribute("wrongNumbers", book.wrongNumbers(id));
        model.addAttribute("zone", dealers.current().zone());
        model.addAttribute("contacts", contacts.of(id));
        return "customer/show :: contact-revealed";
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String recordConsent(
            @PathVariable long id,
            @RequestParam ConsentChannel channel,
            @RequestParam boolean granted,
            @RequestParam ConsentMethod method,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        book.recordConsent(id, channel, granted, method, note);
        redirect.addFlashAttribute("notice", granted ? "consent.recordedGranted" : "consent.recordedWithdrawn");
        return "redirect:/customers/" + id;
    }

    /** The customer says a number flagged as wrong is theirs: the flag goes. */
    @PostMapping("/{id}/numbers/confirm")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE') and hasAuthority('CUSTOMER_CONTACT_VIEW')")
    String confirmNumber(
            @PathVariable long id, @RequestParam(defaultValue = "") String e164, RedirectAttributes redirect) {
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new shinrai.shared.NotFound("phone", e164);
        }
        book.confirmNumber(id, e164);
        redirect.addFlashAttribute("notice", "customer.numberConfirmed");
        return "redirect:/customers/" + id;
    }

    @GetMapping("/{id}/vehicles/new")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String vehicleForm(@PathVariable long id, Model model) {
        model.addAttribute("customer", book.get(id));
        model.addAttribute("vehicleForm", new VehicleForm());
        return "customer/vehicle-form";
    }

    @PostMapping("/{id}/vehicles/new")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String addVehicle(
            @PathVariable long id,
            @Valid VehicleForm vehicleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Customer customer = book.get(id);
        if (!result.hasErrors()) {
            try {
                Vehicle vehicle = vehicles.register(customer.id(), vehicleForm.toDetails());
                if (vehicleForm.getKilometres() != null) {
                    vehicles.recordOdometer(
                            vehicle.id(),
                            new OdometerReading(
                                    vehicleForm.getKilometres(),
                                    clock.instant(),
                                    false,
                                    OdometerReading.Source.MANUAL));
                }
                redirect.addFlashAttribute("notice", "vehicle.registered");
                redirect.addFlashAttribute(
                        "noticeArguments", new Object[] {vehicle.vin().value()});
                return "redirect:/customers/" + id;
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("customer", customer);
        return "customer/vehicle-form";
    }
}

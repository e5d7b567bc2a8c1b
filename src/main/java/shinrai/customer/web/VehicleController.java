package shinrai.customer.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerSearch;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.NotFound;
import shinrai.vehicle.ModelCatalogue;
import shinrai.vehicle.OdometerReading;
import shinrai.vehicle.TransferReason;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FormErrors;

/**
 * One vehicle, under its current owner: its details, odometer readings and owners over time, recording a reading,
 * editing the details, and passing the car to another customer found with the search box's rules.
 */
@Controller
@RequestMapping("/customers/{customerId}/vehicles/{vehicleId}")
@PreAuthorize("hasAuthority('CUSTOMER_READ')")
class VehicleController {

    /** Enough readings for years of service visits; {@code GET /api/v1/vehicles/{id}/odometer-readings} pages further back. */
    static final int READINGS_SHOWN = 100;

    private final VehicleRegister vehicles;
    private final CustomerBook book;
    private final CustomerSearch search;
    private final DealerDirectory dealers;
    private final ModelCatalogue catalogue;
    private final Clock clock;

    VehicleController(
            VehicleRegister vehicles,
            CustomerBook book,
            CustomerSearch search,
            DealerDirectory dealers,
            ModelCatalogue catalogue,
            Clock clock) {
        this.vehicles = vehicles;
        this.book = book;
        this.search = search;
        this.dealers = dealers;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** An address kept from before the car changed hands leads to the page under its new owner. */
    @GetMapping
    String show(@PathVariable long customerId, @PathVariable long vehicleId, Model model) {
        Vehicle vehicle = vehicles.get(vehicleId);
        Long owner = vehicle.ownerId();
        if (owner != null && owner != customerId) {
            return "redirect:" + path(owner, vehicleId);
        }
        model.addAttribute("readingForm", new ReadingForm());
        return page(customerId, vehicle, model);
    }

    @PostMapping("/odometer")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String recordReading(
            @PathVariable long customerId,
            @PathVariable long vehicleId,
            @Valid ReadingForm readingForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vehicle vehicle = ownedVehicle(customerId, vehicleId);
        if (!result.hasErrors() && readingForm.getKilometres() != null) {
            try {
                vehicles.recordOdometer(
                        vehicleId,
                        new OdometerReading(
                                readingForm.getKilometres(),
                                clock.instant(),
                                readingForm.isMeterReplaced(),
                                OdometerReading.Source.MANUAL));
                redirect.addFlashAttribute("notice", "vehicle.odometer.recorded");
                redirect.addFlashAttribute("noticeArguments", new Object[] {readingForm.getKilometres()});
                return "redirect:" + path(customerId, vehicleId);
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return page(customerId, vehicle, model);
    }

    /** The customers a search finds, offered as new owners: swapped into the page by htmx as the advisor types. */
    @GetMapping("/transfer-candidates")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String transferCandidates(
            @PathVariable long customerId,
            @PathVariable long vehicleId,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "SOLD") TransferReason reason,
            Model model) {
        model.addAttribute("vehicle", ownedVehicle(customerId, vehicleId));
        model.addAttribute("customerId", customerId);
        model.addAttribute("q", q);
        model.addAttribute("reason", reason);
        model.addAttribute(
                "candidates",
                q.isBlank()
                        ? List.of()
                        : search.search(q).stream()
                                .filter(hit -> hit.customer().id() != customerId)
                                .toList());
        return "customer/vehicle :: transfer-candidates";
    }

    /** Passes the car on and opens the new owner's page; the previous owner stays in the ownership history. */
    @PostMapping("/transfer")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String transfer(
            @PathVariable long customerId,
            @PathVariable long vehicleId,
            @RequestParam long newOwnerId,
            @RequestParam(defaultValue = "SOLD") TransferReason reason,
            RedirectAttributes redirect) {
        Vehicle vehicle = ownedVehicle(customerId, vehicleId);
        Customer previous = book.get(customerId);
        vehicles.transfer(vehicleId, newOwnerId, reason.name());
        redirect.addFlashAttribute("notice", "vehicle.transferred");
        redirect.addFlashAttribute("noticeArguments", new Object[] {vehicle.label(), previous.name()});
        return "redirect:/customers/" + newOwnerId;
    }

    @GetMapping("/edit")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String editForm(@PathVariable long customerId, @PathVariable long vehicleId, Model model) {
        Vehicle vehicle = ownedVehicle(customerId, vehicleId);
        model.addAttribute("vehicleForm", VehicleForm.of(vehicle));
        return form(customerId, vehicle, model);
    }

    @PostMapping("/edit")
    @PreAuthorize("hasAuthority('CUSTOMER_WRITE')")
    String edit(
            @PathVariable long customerId,
            @PathVariable long vehicleId,
            @Valid VehicleForm vehicleForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Vehicle vehicle = ownedVehicle(customerId, vehicleId);
        if (!result.hasErrors()) {
            try {
                Vehicle described = vehicles.describe(vehicleId, vehicleForm.toDetails());
                redirect.addFlashAttribute("notice", "vehicle.updated");
                redirect.addFlashAttribute("noticeArguments", new Object[] {described.label()});
                return "redirect:" + path(customerId, vehicleId);
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(result, refused);
            }
        }
        return form(customerId, vehicle, model);
    }

    private String page(long customerId, Vehicle vehicle, Model model) {
        List<VehicleRegister.Ownership> ownerships = vehicles.ownershipHistory(vehicle.id());
        Map<Long, Customer> owners =
                book
                        .getAll(ownerships.stream()
                                .map(VehicleRegister.Ownership::customerId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Customer::id, Function.identity()));
        model.addAttribute("customer", book.get(customerId));
        model.addAttribute("vehicle", vehicle);
        model.addAttribute("readings", vehicles.odometerHistory(vehicle.id(), READINGS_SHOWN));
        model.addAttribute("ownerships", ownerships);
        model.addAttribute("owners", owners);
        model.addAttribute("reasons", TransferReason.values());
        model.addAttribute("zone", dealers.current().zone());
        return "customer/vehicle";
    }

    private String form(long customerId, Vehicle vehicle, Model model) {
        model.addAttribute("customer", book.get(customerId));
        model.addAttribute("vehicle", vehicle);
        model.addAttribute("models", catalogue.all());
        return "customer/vehicle-form";
    }

    /** Changes go through the owner's address only: a stale page of the previous owner changes nothing. */
    private Vehicle ownedVehicle(long customerId, long vehicleId) {
        Vehicle vehicle = vehicles.get(vehicleId);
        Long owner = vehicle.ownerId();
        if (owner == null || owner != customerId) {
            throw new NotFound("vehicle", vehicleId);
        }
        return vehicle;
    }

    private static String path(long customerId, long vehicleId) {
        return "/customers/" + customerId + "/vehicles/" + vehicleId;
    }
}

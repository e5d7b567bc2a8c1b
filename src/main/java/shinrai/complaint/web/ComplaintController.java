package shinrai.complaint.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
import shinrai.complaint.Complaint;
import shinrai.complaint.ComplaintCategory;
import shinrai.complaint.ComplaintDesk;
import shinrai.complaint.ComplaintFilter;
import shinrai.complaint.ComplaintId;
import shinrai.complaint.ComplaintSettings;
import shinrai.complaint.ComplaintSheets;
import shinrai.complaint.ComplaintSource;
import shinrai.complaint.ComplaintStatus;
import shinrai.complaint.ConfirmationMethod;
import shinrai.complaint.ContactChannel;
import shinrai.complaint.GoodwillKind;
import shinrai.complaint.Severity;
import shinrai.customer.CustomerBook;
import shinrai.customer.CustomerId;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.StaffId;
import shinrai.shared.BusinessRuleViolation;
import shinrai.shared.DealerScope;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;
import shinrai.vehicle.VehicleRegister;
import shinrai.web.FlashOutcome;
import shinrai.web.FormErrors;
import shinrai.workshop.RepairOrderHistory;
import shinrai.workshop.RepairOrderId;

/**
 * Complaints as the handlers and their manager work them: the lists (mine, open, overdue, escalated, unassigned,
 * all, with filters), the new complaint form (from the customer's 360° page or reception's briefing), and a
 * complaint's page with its story and the steps the reader may take.
 */
@Controller
@RequestMapping("/complaints")
@PreAuthorize("hasAnyAuthority('COMPLAINT_HANDLE', 'COMPLAINT_MANAGE')")
class ComplaintController {

    private final ComplaintDesk desk;
    private final ComplaintSheets sheets;
    private final ComplaintSettings settings;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final RepairOrderHistory repairOrders;
    private final DealerDirectory dealers;
    private final Clock clock;

    ComplaintController(
            ComplaintDesk desk,
            ComplaintSheets sheets,
            ComplaintSettings settings,
            CustomerBook customers,
            VehicleRegister vehicles,
            RepairOrderHistory repairOrders,
            DealerDirectory dealers,
            Clock clock) {
        this.desk = desk;
        this.sheets = sheets;
        this.settings = settings;
        this.customers = customers;
        this.vehicles = vehicles;
        this.repairOrders = repairOrders;
        this.dealers = dealers;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) ComplaintFilter.@Nullable View view,
            @RequestParam(required = false) @Nullable ComplaintStatus status,
            @RequestParam(required = false) @Nullable Severity severity,
            @RequestParam(required = false) @Nullable ComplaintCategory category,
            @RequestParam(required = false) @Nullable ComplaintSource source,
            @RequestParam(required = false) @Nullable Long owner,
            Model model) {
        ComplaintFilter.View shown = view == null ? ComplaintFilter.View.MINE : view;
        ComplaintFilter filter = new ComplaintFilter(
                shown,
                status,
                severity,
                category,
                source,
                owner == null || owner <= 0 ? null : new StaffId(owner),
                null);
        model.addAttribute("filter", filter);
        model.addAttribute("rows", sheets.of(desk.search(filter)));
        model.addAttribute("views", ComplaintFilter.View.values());
        model.addAttribute("handlers", desk.handlers());
        model.addAttribute("zone", zone());
        model.addAttribute("now", clock.instant());
        addChoices(model);
        return "complaint/list";
    }

    @GetMapping("/new")
    String form(
            @RequestParam long customer,
            @RequestParam(required = false) @Nullable Long vehicle,
            @RequestParam(required = false) @Nullable Long repairOrder,
            Model model) {
        model.addAttribute(
                "newComplaintForm",
                new ComplaintForms.NewComplaintForm(
                        customer,
                        vehicle,
                        repairOrder,
                        ComplaintSource.WALK_IN,
                        ComplaintCategory.REPAIR_QUALITY,
                        Severity.MEDIUM,
                        "",
                        me().value()));
        return showForm(customer, model);
    }

    private String showForm(long customer, Model model) {
        model.addAttribute("customer", customers.get(customer));
        model.addAttribute("cars", vehicles.ownedBy(List.of(customer)));
        model.addAttribute(
                "orders",
                repairOrders.historyOf(
                        vehicles.ownedBy(List.of(customer)).stream()
                                .map(v -> new VehicleId(v.id()))
                                .toList(),
                        10));
        model.addAttribute("handlers", desk.handlers());
        model.addAttribute("terms", settings.terms());
        addChoices(model);
        return "complaint/new";
    }

    @PostMapping
    String open(
            @Valid @ModelAttribute("newComplaintForm") ComplaintForms.NewComplaintForm form,
            BindingResult bound,
            Model model,
            RedirectAttributes redirect) {
        if (!bound.hasErrors()) {
            try {
                Complaint opened = desk.open(new ComplaintDesk.NewComplaint(
                        form.source(),
                        form.category(),
                        form.severity(),
                        form.words(),
                        new CustomerId(form.customer()),
                        form.vehicle() == null ? null : new VehicleId(form.vehicle()),
                        form.repairOrder() == null ? null : RepairOrderId.asked(form.repairOrder()),
                        form.owner() == null ? null : new StaffId(form.owner())));
                redirect.addFlashAttribute("notice", "complaint.opened");
                return "redirect:/complaints/" + opened.id();
            } catch (BusinessRuleViolation refused) {
                FormErrors.reject(bound, refused);
            }
        }
        if (form.customer() == null) {
            throw new shinrai.shared.NotFound("customer", "-");
        }
        return showForm(form.customer(), model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        ComplaintSheets.ComplaintSheet sheet = sheets.of(ComplaintId.asked(id));
        model.addAttribute("sheet", sheet);
        model.addAttribute("c", sheet.complaint());
        model.addAttribute("handlers", desk.handlers());
        model.addAttribute("terms", settings.terms());
        model.addAttribute("zone", zone());
        model.addAttribute("now", clock.instant());
        model.addAttribute("me", me());
        addChoices(model);
        return "complaint/show";
    }

    @PostMapping("/{id}/owner")
    String assign(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Assign form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                "complaint.assigned",
                () -> desk.assign(ComplaintId.asked(id), form.version(), new StaffId(form.owner())));
    }

    @PostMapping("/{id}/classification")
    String classify(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Classify form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                "complaint.classified",
                () -> desk.classify(ComplaintId.asked(id), form.version(), form.category(), form.severity()));
    }

    @PostMapping("/{id}/contacts")
    String logContact(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Contact form,
            BindingResult bound,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("said", form.said());
        return step(
                id,
                bound,
                redirect,
                "complaint.contactLogged",
                () -> desk.logContact(
                        ComplaintId.asked(id), form.version(), form.channel(), form.text(), at(form.contactedAt())));
    }

    @PostMapping("/{id}/response")
    String respond(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Respond form,
            BindingResult bound,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("response", form.said());
        return step(
                id,
                bound,
                redirect,
                "complaint.responded",
                () -> desk.respond(ComplaintId.asked(id), form.version(), form.channel(), form.text()));
    }

    @PostMapping("/{id}/resolution")
    String resolve(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Resolve form,
            BindingResult bound,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("rootCause", form.rootCause());
        redirect.addFlashAttribute("correctiveAction", form.correctiveAction());
        return step(
                id,
                bound,
                redirect,
                "complaint.resolved",
                () -> desk.resolve(
                        ComplaintId.asked(id),
                        form.version(),
                        form.rootCause() == null ? "" : form.rootCause(),
                        form.correctiveAction() == null ? "" : form.correctiveAction()));
    }

    @PostMapping("/{id}/confirmation")
    String confirm(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Confirm form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                "complaint.confirmed",
                () -> desk.confirmClosure(
                        ComplaintId.asked(id),
                        form.version(),
                        form.method(),
                        at(form.confirmedAt()),
                        form.note() == null ? "" : form.note()));
    }

    @PostMapping("/{id}/closing")
    String close(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Version form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(id, bound, redirect, "complaint.closed", () -> desk.close(ComplaintId.asked(id), form.version()));
    }

    @PostMapping("/{id}/reopening")
    String reopen(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.Reopen form,
            BindingResult bound,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("reason", form.reason());
        return step(
                id,
                bound,
                redirect,
                "complaint.reopened",
                () -> desk.reopen(ComplaintId.asked(id), form.version(), form.reason() == null ? "" : form.reason()));
    }

    @PostMapping("/{id}/goodwill")
    String giveGoodwill(
            @PathVariable long id,
            @Valid @ModelAttribute ComplaintForms.GiveGoodwill form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                "complaint.goodwillGiven",
                () -> desk.giveGoodwill(
                        ComplaintId.asked(id),
                        form.version(),
                        form.kind(),
                        Money.of(form.amount()),
                        form.description() == null ? "" : form.description()));
    }

    @PostMapping("/{id}/goodwill/{goodwill}/decision")
    @PreAuthorize("hasAuthority('COMPLAINT_MANAGE')")
    String decideGoodwill(
            @PathVariable long id,
            @PathVariable int goodwill,
            @Valid @ModelAttribute ComplaintForms.Decide form,
            BindingResult bound,
            RedirectAttributes redirect) {
        return step(
                id,
                bound,
                redirect,
                "complaint.goodwillDecided",
                () -> desk.decideGoodwill(ComplaintId.asked(id), form.version(), goodwill, form.approve()));
    }

    private String step(
            long id, BindingResult bound, RedirectAttributes redirect, String notice, Supplier<Complaint> step) {
        ComplaintId.asked(id);
        if (bound.hasErrors()) {
            FlashOutcome.refused(redirect, bound, "complaint.error.form", "complaint.field.");
        } else {
            FlashOutcome.of(redirect, step, notice);
        }
        return "redirect:/complaints/" + id;
    }

    private void addChoices(Model model) {
        model.addAttribute("sources", ComplaintSource.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("channels", ContactChannel.values());
        model.addAttribute("confirmations", ConfirmationMethod.values());
        model.addAttribute("goodwillKinds", GoodwillKind.values());
    }

    private @Nullable Instant at(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    private ZoneId zone() {
        return dealers.current().zone();
    }

    static StaffId me() {
        Long user = DealerScope.current().userId();
        if (user == null) {
            throw new org.springframework.security.access.AccessDeniedException("signed-in staff only");
        }
        return new StaffId(user);
    }
}

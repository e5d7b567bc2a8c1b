package shinrai.workshop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.customer.Customer;
import shinrai.customer.CustomerBook;
import shinrai.dealer.Dealer;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;
import shinrai.vehicle.Vehicle;
import shinrai.vehicle.VehicleRegister;

/** Draws up a repair order's {@link Bill}: the order's lines and money, with the names the customer reads. */
@Service
@Transactional(readOnly = true)
public class Bills {

    private static final int EARLIER_DECLINED_SHOWN = 20;

    private final Workshop workshop;
    private final RepairOrderHistory history;
    private final WorkshopSettings settings;
    private final CustomerBook customers;
    private final VehicleRegister vehicles;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final Clock clock;

    Bills(
            Workshop workshop,
            RepairOrderHistory history,
            WorkshopSettings settings,
            CustomerBook customers,
            VehicleRegister vehicles,
            Staff staff,
            DealerDirectory dealers,
            Clock clock) {
        this.workshop = workshop;
        this.history = history;
        this.settings = settings;
        this.customers = customers;
        this.vehicles = vehicles;
        this.staff = staff;
        this.dealers = dealers;
        this.clock = clock;
    }

    public Bill of(RepairOrderId id) {
        RepairOrder order = workshop.get(id);
        WorkshopTerms terms = settings.terms();
        Dealer dealer = dealers.current();
        Customer customer = customers.get(order.customer().value());
        Vehicle vehicle = vehicles.get(order.vehicle().value());
        Map<Long, String> names = staff.displayNames(staffNamedOn(order));
        List<RepairOrderLine> approved = order.lines().stream()
                .filter(l -> l.approval() == LineApproval.APPROVED)
                .toList();
        Money customerPays = order.customerShare();
        return new Bill(
                new Bill.Header(
                        dealer.name(),
                        dealer.address(),
                        dealer.phone(),
                        order.id(),
                        order.number(),
                        order.status(),
                        order.openedAt(),
                        order.deliveredAt(),
                        order.settledAt(),
                        dealer.zone(),
                        name(names, order.advisor()),
                        customer.name(),
                        vehicle.plate() == null ? "" : vehicle.plate().value(),
                        vehicle.vin().value(),
                        vehicle.description(),
                        order.kilometres(),
                        order.customerWords(),
                        order.diagnosis()),
                items(approved.stream().filter(l -> l.kind() == LineKind.PART), names),
                items(approved.stream().filter(l -> l.kind() == LineKind.LABOUR), names),
                items(approved.stream().filter(l -> l.kind() == LineKind.SUBLET || l.kind() == LineKind.OTHER), names),
                byPayer(approved),
                order.discounts().stream().map(d -> discount(d, names)).toList(),
                order.discountTotal(),
                customerPays,
                terms.vatRatePercent(),
                customerPays.includedTax(terms.vatRatePercent()),
                order.payments().stream()
                        .map(p -> new Bill.PaymentTaken(
                                p.method(), p.amount(), p.reference(), name(names, p.takenBy()), p.takenAt()))
                        .toList(),
                order.paid(),
                order.balanceDue(),
                items(order.lines().stream().filter(l -> l.approval() == LineApproval.DECLINED), names),
                history.declinedWorkOf(List.of(order.vehicle()), EARLIER_DECLINED_SHOWN).stream()
                        .filter(work -> !work.repairOrder().equals(order.id()))
                        .toList(),
                nextService(order, terms, dealer.zone()));
    }

    /**
     * The next maintenance: from this visit if it serviced the car, else from the car's last service here; none
     * when the car was never serviced here, rather than a date made up from nothing.
     */
    private Bill.@Nullable NextService nextService(RepairOrder order, WorkshopTerms terms, ZoneId zone) {
        boolean servicedNow = order.lines().stream()
                .anyMatch(l -> l.approval() == LineApproval.APPROVED && l.workType() == WorkType.MAINTENANCE);
        Instant now = clock.instant();
        RepairOrderHistory.ServiceVisit last = servicedNow
                ? new RepairOrderHistory.ServiceVisit(
                        Objects.requireNonNullElse(order.deliveredAt(), now), order.kilometres())
                : history.lastMaintenanceOf(order.vehicle()).orElse(null);
        if (last == null) {
            return null;
        }
        Integer km = last.kilometres();
        return new Bill.NextService(
                last.at().atZone(zone).toLocalDate().plusMonths(terms.serviceIntervalMonths()),
                km == null ? null : km + terms.serviceIntervalKm());
    }

    private static List<Bill.Item> items(Stream<RepairOrderLine> lines, Map<Long, String> names) {
        return lines.map(l -> new Bill.Item(
                        l.number(),
                        l.kind(),
                        l.code(),
                        l.description(),
                        l.reason(),
                        l.quantity(),
                        l.unit(),
                        l.unitPrice(),
                        l.amount(),
                        l.payer(),
                        l.technician() == null ? "" : name(names, l.technician()),
                        l.supplement()))
                .toList();
    }

    private static List<Bill.PayerTotal> byPayer(List<RepairOrderLine> approved) {
        List<Bill.PayerTotal> totals = new ArrayList<>();
        for (Payer payer : Payer.values()) {
            List<Money> amounts = approved.stream()
                    .filter(l -> l.payer() == payer)
                    .map(RepairOrderLine::amount)
                    .toList();
            if (!amounts.isEmpty()) {
                totals.add(new Bill.PayerTotal(payer, Money.sum(amounts)));
            }
        }
        return totals;
    }

    private static Bill.DiscountGiven discount(Discount discount, Map<Long, String> names) {
        StaffId decidedBy = discount.decidedBy();
        return new Bill.DiscountGiven(
                discount.number(),
                discount.scope(),
                discount.percent(),
                discount.amount(),
                discount.reason(),
                name(names, discount.grantedBy()),
                discount.state(),
                decidedBy == null ? "" : name(names, decidedBy));
    }

    private static Collection<Long> staffNamedOn(RepairOrder order) {
        Set<Long> ids = new HashSet<>();
        ids.add(order.advisor().value());
        order.lines().stream()
                .map(RepairOrderLine::technician)
                .filter(Objects::nonNull)
                .forEach(t -> ids.add(t.value()));
        order.payments().forEach(p -> ids.add(p.takenBy().value()));
        order.discounts().forEach(d -> {
            ids.add(d.grantedBy().value());
            if (d.decidedBy() != null) {
                ids.add(d.decidedBy().value());
            }
        });
        return ids;
    }

    private static String name(Map<Long, String> names, StaffId id) {
        return names.getOrDefault(id.value(), "");
    }
}

package shinrai.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.appointment.BookingsKept;
import shinrai.dealer.DealerDirectory;
import shinrai.dealer.Staff;
import shinrai.dealer.StaffId;
import shinrai.reception.CarsIn;
import shinrai.shared.Money;
import shinrai.workshop.WorkshopFigures;

/**
 * The service manager's daily report (日报): the day and the month to date, side by side, against the month's
 * targets. Each figure is asked from the module that owns it, a few grouped queries per period, and put together here
 * per advisor and per technician.
 */
@Service
@Transactional(readOnly = true)
public class DailyReport {

    private final WorkshopFigures workshop;
    private final CarsIn carsIn;
    private final BookingsKept bookings;
    private final MonthlyTargets targets;
    private final Staff staff;
    private final DealerDirectory dealers;
    private final Clock clock;

    DailyReport(
            WorkshopFigures workshop,
            CarsIn carsIn,
            BookingsKept bookings,
            MonthlyTargets targets,
            Staff staff,
            DealerDirectory dealers,
            Clock clock) {
        this.workshop = workshop;
        this.carsIn = carsIn;
        this.bookings = bookings;
        this.targets = targets;
        this.staff = staff;
        this.dealers = dealers;
        this.clock = clock;
    }

    /** The dealer's today, on its own wall calendar. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(dealers.current().zone()));
    }

    public DailyFigures of(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return new DailyFigures(day, figures(day, day), figures(month.atDay(1), day), targets.of(month));
    }

    private PeriodFigures figures(LocalDate first, LocalDate last) {
        Map<StaffId, Advisor> advisors = new TreeMap<>(Comparator.comparingLong(StaffId::value));
        for (WorkshopFigures.ByAdvisor row : workshop.byAdvisor(first, last)) {
            Advisor a = advisors.computeIfAbsent(row.advisor(), id -> new Advisor());
            a.opened = row.opened();
            a.delivered = row.delivered();
            a.promised = row.promised();
            a.kept = row.promisesKept();
            a.labour = row.labour();
            a.parts = row.parts();
            a.sublet = row.sublet();
            a.other = row.other();
            a.discounts = row.discounts();
            a.hours = row.hoursSold();
        }
        for (CarsIn.ByAdvisor row : carsIn.byAdvisor(first, last)) {
            advisors.computeIfAbsent(row.advisor(), id -> new Advisor()).carsIn = row.cars();
        }
        for (BookingsKept.ByAdvisor row : bookings.byAdvisor(first, last)) {
            Advisor a = advisors.computeIfAbsent(row.advisor(), id -> new Advisor());
            a.booked = row.booked();
            a.bookingsKept = row.kept();
        }
        List<WorkshopFigures.ByTechnician> technicianRows = workshop.byTechnician(first, last);

        Set<Long> ids = new HashSet<>();
        advisors.keySet().forEach(id -> ids.add(id.value()));
        technicianRows.forEach(row -> ids.add(row.technician().value()));
        Map<Long, String> names = staff.displayNames(ids);

        List<PeriodFigures.Advisor> advisorLines = new ArrayList<>();
        advisors.forEach((id, a) -> advisorLines.add(new PeriodFigures.Advisor(
                id,
                names.getOrDefault(id.value(), "-"),
                a.carsIn,
                a.opened,
                a.delivered,
                a.promised,
                a.kept,
                a.labour,
                a.parts,
                a.sublet,
                a.other,
                a.discounts,
                a.hours,
                a.booked,
                a.bookingsKept)));
        advisorLines.sort(Comparator.comparing(PeriodFigures.Advisor::name));
        List<PeriodFigures.Technician> technicianLines = new ArrayList<>();
        for (WorkshopFigures.ByTechnician row : technicianRows) {
            technicianLines.add(new PeriodFigures.Technician(
                    row.technician(),
                    names.getOrDefault(row.technician().value(), "-"),
                    row.jobsDelivered(),
                    row.hoursSold(),
                    row.hoursClocked()));
        }
        technicianLines.sort(Comparator.comparing(PeriodFigures.Technician::name));

        return new PeriodFigures(
                first,
                last,
                sum(advisorLines, PeriodFigures.Advisor::carsIn),
                sum(advisorLines, PeriodFigures.Advisor::ordersOpened),
                sum(advisorLines, PeriodFigures.Advisor::ordersDelivered),
                sum(advisorLines, PeriodFigures.Advisor::promised),
                sum(advisorLines, PeriodFigures.Advisor::promisesKept),
                Money.sum(advisorLines.stream()
                        .map(PeriodFigures.Advisor::labourRevenue)
                        .toList()),
                Money.sum(advisorLines.stream()
                        .map(PeriodFigures.Advisor::partsRevenue)
                        .toList()),
                Money.sum(advisorLines.stream()
                        .map(PeriodFigures.Advisor::subletRevenue)
                        .toList()),
                Money.sum(advisorLines.stream()
                        .map(PeriodFigures.Advisor::otherRevenue)
                        .toList()),
                Money.sum(advisorLines.stream()
                        .map(PeriodFigures.Advisor::discounts)
                        .toList()),
                advisorLines.stream().map(PeriodFigures.Advisor::hoursSold).reduce(BigDecimal.ZERO, BigDecimal::add),
                technicianLines.stream()
                        .map(PeriodFigures.Technician::hoursClocked)
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                sum(advisorLines, PeriodFigures.Advisor::booked),
                sum(advisorLines, PeriodFigures.Advisor::bookingsKept),
                List.copyOf(advisorLines),
                List.copyOf(technicianLines));
    }

    private static long sum(
            List<PeriodFigures.Advisor> lines, java.util.function.ToLongFunction<PeriodFigures.Advisor> f) {
        return lines.stream().mapToLong(f).sum();
    }

    /** One advisor's figures as the three modules' answers arrive. */
    private static final class Advisor {
        long carsIn;
        long opened;
        long delivered;
        long promised;
        long kept;
        Money labour = Money.ZERO;
        Money parts = Money.ZERO;
        Money sublet = Money.ZERO;
        Money other = Money.ZERO;
        Money discounts = Money.ZERO;
        BigDecimal hours = BigDecimal.ZERO;
        long booked;
        long bookingsKept;
    }
}

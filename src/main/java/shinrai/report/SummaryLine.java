package shinrai.report;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import shinrai.shared.Money;

/**
 * One line of the report's summary as the page and the workbook show it: the figure's name (a message key), the day,
 * the month to date, the month's target and how far the month has come towards it.
 *
 * @param kind how the values read: a count, money, hours or a share
 */
public record SummaryLine(
        String key,
        Kind kind,
        @Nullable BigDecimal day,
        @Nullable BigDecimal monthToDate,
        @Nullable BigDecimal target,
        @Nullable BigDecimal progress) {

    public enum Kind {
        COUNT,
        MONEY,
        HOURS,
        RATE
    }

    /** The progress bar's width in per cent: the share of the target reached, full at the target and beyond. */
    public int progressBar() {
        return progress == null ? 0 : Math.min(100, progress.movePointRight(2).intValue());
    }

    /** The summary in the order a service manager reads it: cars, orders, promises, revenue, hours, bookings. */
    public static List<SummaryLine> of(DailyFigures report) {
        PeriodFigures d = report.day();
        PeriodFigures m = report.monthToDate();
        MonthlyTarget t = report.target();
        DailyFigures.Progress p = report.progress();
        return List.of(
                count(
                        "report.figure.carsIn",
                        d.carsIn(),
                        m.carsIn(),
                        t.carsIn() == null ? null : t.carsIn(),
                        p.carsIn()),
                count("report.figure.ordersOpened", d.ordersOpened(), m.ordersOpened(), null, null),
                count("report.figure.ordersDelivered", d.ordersDelivered(), m.ordersDelivered(), null, null),
                new SummaryLine(
                        "report.figure.promisesKept",
                        Kind.RATE,
                        d.promisesKeptRate(),
                        m.promisesKeptRate(),
                        t.promisesKeptPercent() == null
                                ? null
                                : t.promisesKeptPercent().movePointLeft(2),
                        p.promisesKept()),
                money(
                        "report.figure.labour",
                        d.labourRevenue(),
                        m.labourRevenue(),
                        t.labourRevenue(),
                        p.labourRevenue()),
                money("report.figure.parts", d.partsRevenue(), m.partsRevenue(), t.partsRevenue(), p.partsRevenue()),
                money(
                        "report.figure.sublet",
                        d.subletRevenue(),
                        m.subletRevenue(),
                        t.subletRevenue(),
                        p.subletRevenue()),
                money("report.figure.other", d.otherRevenue(), m.otherRevenue(), null, null),
                money("report.figure.discounts", d.discounts(), m.discounts(), null, null),
                money("report.figure.revenue", d.revenue(), m.revenue(), null, null),
                new SummaryLine(
                        "report.figure.hoursSold",
                        Kind.HOURS,
                        d.hoursSold(),
                        m.hoursSold(),
                        t.hoursSold(),
                        p.hoursSold()),
                new SummaryLine(
                        "report.figure.hoursClocked", Kind.HOURS, d.hoursClocked(), m.hoursClocked(), null, null),
                new SummaryLine("report.figure.efficiency", Kind.RATE, d.efficiency(), m.efficiency(), null, null),
                count("report.figure.booked", d.booked(), m.booked(), null, null),
                count("report.figure.bookingsKept", d.bookingsKept(), m.bookingsKept(), null, null),
                new SummaryLine(
                        "report.figure.bookingsKeptRate",
                        Kind.RATE,
                        d.bookingsKeptRate(),
                        m.bookingsKeptRate(),
                        null,
                        null));
    }

    private static SummaryLine count(
            String key, long day, long monthToDate, @Nullable Integer target, @Nullable BigDecimal progress) {
        return new SummaryLine(
                key,
                Kind.COUNT,
                BigDecimal.valueOf(day),
                BigDecimal.valueOf(monthToDate),
                target == null ? null : BigDecimal.valueOf(target),
                progress);
    }

    private static SummaryLine money(
            String key, Money day, Money monthToDate, @Nullable Money target, @Nullable BigDecimal progress) {
        return new SummaryLine(
                key, Kind.MONEY, day.amount(), monthToDate.amount(), target == null ? null : target.amount(), progress);
    }
}

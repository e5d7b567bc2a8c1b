package shinrai.workshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import shinrai.customer.CustomerId;
import shinrai.dealer.StaffId;
import shinrai.shared.Money;
import shinrai.vehicle.VehicleId;

/**
 * Repair orders in memory at each stage of the lane, made through the aggregate's own steps, for the tests that
 * specify its rules without a database.
 */
final class RepairOrderFixtures {

    static final Instant OPENED_AT = Instant.parse("2026-12-02T01:30:00Z");
    static final StaffId ADVISOR = new StaffId(10);
    static final StaffId FOREMAN = new StaffId(11);
    static final StaffId TECHNICIAN = new StaffId(12);
    static final StaffId OTHER_TECHNICIAN = new StaffId(13);
    static final StaffId INSPECTOR = new StaffId(14);
    static final StaffId CASHIER = new StaffId(15);
    static final Money RATE = Money.yuan("180.00");
    static final BayId LIFT_1 = new BayId(21);
    static final BayId LIFT_2 = new BayId(22);

    /** Oil change: labour 0.5 h × 180, filter 52, oil 4 L 398. */
    static final LineDraft OIL_CHANGE = labour("M-OIL", "更换机油及机油滤清器", "0.5");

    static final LineDraft OIL_FILTER = part("90915-YZZD2", "机油滤清器", "1", "52.00");
    static final LineDraft OIL = part("08880-83264", "全合成机油 0W-20 4L", "1", "398.00");
    static final LineDraft FRONT_PADS_LABOUR = labour("B-PADF", "更换前刹车片", "1.2");
    static final LineDraft FRONT_PADS = part("04465-33471", "前刹车片", "1", "680.00");

    static final ApprovalGiven SIGNED =
            new ApprovalGiven(CustomerApproval.Method.SIGNATURE, "王先生", null, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    static final ApprovalGiven BY_PHONE =
            new ApprovalGiven(CustomerApproval.Method.PHONE_CALL, "王先生", "13812345678", null);
    static final Handover EXPLAINED = new Handover(true, true, 5, 4);

    private RepairOrderFixtures() {}

    static RepairOrder opened() {
        return new RepairOrder(
                new RepairOrder.Stored(
                        1,
                        new RepairOrderId(100),
                        "RO20261202-0001",
                        new CustomerId(200),
                        new VehicleId(300),
                        ADVISOR,
                        null,
                        "到保养里程了",
                        40_000,
                        OPENED_AT,
                        RepairOrderStatus.OPENED,
                        "",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        0,
                        0,
                        0,
                        ADVISOR,
                        OPENED_AT),
                List.of(),
                List.of());
    }

    /** An oil change with its filter and oil, estimated for the afternoon: lines 1–3. */
    static RepairOrder estimated() {
        RepairOrder order = opened();
        order.addLine(OIL_CHANGE);
        order.addLine(OIL_FILTER);
        order.addLine(OIL);
        order.estimate(at(8, 0), at(2, 0));
        return order;
    }

    static RepairOrder approved() {
        RepairOrder order = estimated();
        order.approve(SIGNED, List.of(), ADVISOR, at(2, 5));
        return order;
    }

    /** The oil change done by {@link #TECHNICIAN}. */
    static RepairOrder repaired() {
        RepairOrder order = approved();
        order.dispatch(1, TECHNICIAN);
        order.clockOn(1, TECHNICIAN, at(3, 0));
        order.clockOff(1, TECHNICIAN, null, at(3, 40));
        return order;
    }

    static RepairOrder passedFinalCheck() {
        RepairOrder order = repaired();
        order.passCheck(CheckLevel.SELF, TECHNICIAN, allOk(order, CheckLevel.SELF), at(3, 45));
        order.passCheck(CheckLevel.TEAM_LEADER, FOREMAN, allOk(order, CheckLevel.TEAM_LEADER), at(3, 50));
        order.passCheck(CheckLevel.FINAL, INSPECTOR, allOk(order, CheckLevel.FINAL), at(4, 0));
        return order;
    }

    /** The default checklist of a level for the work on the order. */
    static List<ChecklistItem> checklist(RepairOrder order, CheckLevel level) {
        return order.workTypes().stream()
                .flatMap(type -> DefaultChecklists.of(type, level).stream())
                .toList();
    }

    /** Every item of the level's checklist ticked in order. */
    static CheckSheet allOk(RepairOrder order, CheckLevel level) {
        return sheet(order, level, "", List.of());
    }

    /** The level's checklist with every item in order but {@code notOk}, with the notes. */
    static CheckSheet sheet(RepairOrder order, CheckLevel level, String notes, List<String> notOk) {
        List<ChecklistItem> checklist = checklist(order, level);
        return new CheckSheet(
                checklist,
                checklist.stream()
                        .map(item -> new ItemResult(item.ref(), !notOk.contains(item.ref()), ""))
                        .toList(),
                notes,
                List.of());
    }

    static RepairOrder delivered() {
        RepairOrder order = passedFinalCheck();
        order.recordCleanUp(true, true);
        order.deliver(EXPLAINED, at(5, 0));
        return order;
    }

    /** A time on the order's day, in hours and minutes after 00:00 UTC (08:00 in Beijing). */
    static Instant at(int hours, int minutes) {
        return Instant.parse("2026-12-02T00:00:00Z").plusSeconds(hours * 3600L + minutes * 60L);
    }

    static LineDraft labour(String code, String name, String hours) {
        return new LineDraft(
                LineKind.LABOUR,
                code,
                name,
                "",
                new BigDecimal(hours),
                RepairOrderLine.HOURS,
                RATE,
                Payer.CUSTOMER,
                WorkType.MAINTENANCE,
                null);
    }

    static LineDraft part(String number, String name, String quantity, String price) {
        return new LineDraft(
                LineKind.PART,
                number,
                name,
                "",
                new BigDecimal(quantity),
                "个",
                Money.yuan(price),
                Payer.CUSTOMER,
                null,
                null);
    }

    static LineDraft paidBy(Payer payer, LineDraft draft) {
        return new LineDraft(
                draft.kind(),
                draft.code(),
                draft.description(),
                draft.reason(),
                draft.quantity(),
                draft.unit(),
                draft.unitPrice(),
                payer,
                draft.workType(),
                draft.comeback());
    }
}

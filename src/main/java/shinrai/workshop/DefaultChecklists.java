package shinrai.workshop;

import static shinrai.workshop.CheckLevel.FINAL;
import static shinrai.workshop.CheckLevel.SELF;
import static shinrai.workshop.CheckLevel.TEAM_LEADER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checklists a dealer starts with, as a 4S store's QC sheet has them: per type of work, the items each level
 * goes through. The technician checks their own work item by item; the team leader re-checks what a second pair of
 * eyes catches; the final inspector checks what the customer will see and drive. Wording is in the message bundles
 * ({@code workshop.checklist.<type>.<item>}), so the defaults read in Chinese and English.
 */
final class DefaultChecklists {

    private record Default(WorkType workType, String key, String messageKey, Set<CheckLevel> levels) {}

    private static final Set<CheckLevel> ALL = EnumSet.allOf(CheckLevel.class);

    private static final List<Default> ITEMS = List.of(
            new Default(WorkType.MAINTENANCE, "oilLevel", "workshop.checklist.MAINTENANCE.oilLevel", ALL),
            new Default(WorkType.MAINTENANCE, "filterNoLeak", "workshop.checklist.MAINTENANCE.filterNoLeak", ALL),
            new Default(
                    WorkType.MAINTENANCE,
                    "serviceReminder",
                    "workshop.checklist.MAINTENANCE.serviceReminder",
                    EnumSet.of(SELF, FINAL)),
            new Default(
                    WorkType.MAINTENANCE,
                    "tyrePressures",
                    "workshop.checklist.MAINTENANCE.tyrePressures",
                    EnumSet.of(SELF, TEAM_LEADER)),
            new Default(
                    WorkType.MAINTENANCE, "lights", "workshop.checklist.MAINTENANCE.lights", EnumSet.of(SELF, FINAL)),
            new Default(WorkType.MAINTENANCE, "wipers", "workshop.checklist.MAINTENANCE.wipers", EnumSet.of(SELF)),
            new Default(
                    WorkType.MAINTENANCE,
                    "fluids",
                    "workshop.checklist.MAINTENANCE.fluids",
                    EnumSet.of(SELF, TEAM_LEADER)),
            new Default(WorkType.MAINTENANCE, "roadTest", "workshop.checklist.MAINTENANCE.roadTest", EnumSet.of(FINAL)),
            new Default(WorkType.MAINTENANCE, "clean", "workshop.checklist.MAINTENANCE.clean", EnumSet.of(FINAL)),
            new Default(WorkType.MECHANICAL, "faultGone", "workshop.checklist.MECHANICAL.faultGone", ALL),
            new Default(
                    WorkType.MECHANICAL,
                    "fastenersTorqued",
                    "workshop.checklist.MECHANICAL.fastenersTorqued",
                    EnumSet.of(SELF, TEAM_LEADER)),
            new Default(
                    WorkType.MECHANICAL,
                    "noWarningLights",
                    "workshop.checklist.MECHANICAL.noWarningLights",
                    EnumSet.of(SELF, FINAL)),
            new Default(WorkType.MECHANICAL, "noLeaks", "workshop.checklist.MECHANICAL.noLeaks", ALL),
            new Default(
                    WorkType.MECHANICAL,
                    "roadTest",
                    "workshop.checklist.MECHANICAL.roadTest",
                    EnumSet.of(TEAM_LEADER, FINAL)),
            new Default(WorkType.MECHANICAL, "oldParts", "workshop.checklist.MECHANICAL.oldParts", EnumSet.of(FINAL)),
            new Default(WorkType.BODY_AND_PAINT, "panelGaps", "workshop.checklist.BODY_AND_PAINT.panelGaps", ALL),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "doorsAndLids",
                    "workshop.checklist.BODY_AND_PAINT.doorsAndLids",
                    EnumSet.of(SELF, FINAL)),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "seals",
                    "workshop.checklist.BODY_AND_PAINT.seals",
                    EnumSet.of(SELF, TEAM_LEADER)),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "neighbouringPanels",
                    "workshop.checklist.BODY_AND_PAINT.neighbouringPanels",
                    ALL),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "colourMatch",
                    "workshop.checklist.BODY_AND_PAINT.colourMatch",
                    EnumSet.of(TEAM_LEADER, FINAL)),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "orangePeel",
                    "workshop.checklist.BODY_AND_PAINT.orangePeel",
                    EnumSet.of(SELF, TEAM_LEADER)),
            new Default(WorkType.BODY_AND_PAINT, "runsAndDust", "workshop.checklist.BODY_AND_PAINT.runsAndDust", ALL),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "overspray",
                    "workshop.checklist.BODY_AND_PAINT.overspray",
                    EnumSet.of(SELF, FINAL)),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "polished",
                    "workshop.checklist.BODY_AND_PAINT.polished",
                    EnumSet.of(TEAM_LEADER, FINAL)),
            new Default(
                    WorkType.BODY_AND_PAINT,
                    "electricsRefitted",
                    "workshop.checklist.BODY_AND_PAINT.electricsRefitted",
                    EnumSet.of(FINAL)));

    private DefaultChecklists() {}

    /** The default items of a type of work at a level, in the order of the sheet. */
    static List<ChecklistItem> of(WorkType workType, CheckLevel level) {
        return ITEMS.stream()
                .filter(item -> item.workType() == workType && item.levels().contains(level))
                .map(item -> new ChecklistItem(workType, item.key(), item.messageKey(), null))
                .toList();
    }
}

package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;

/** A dealer's own quality checklist replaces the default for that dealer only; the others keep the default. */
@ApplicationTest
class ChecklistsTest {

    static final long D001 = 1;
    static final long D002 = 2;

    @Autowired
    Checklists checklists;

    @Test
    void aDealersCustomisedChecklistReplacesTheDefaultForThatDealerOnly() {
        List<ChecklistItem> defaults = DefaultChecklists.of(WorkType.MECHANICAL, CheckLevel.FINAL);
        DealerScope d002 = DealerScope.systemFor(D002);
        assertThat(d002.call(() -> checklists.customised(WorkType.MECHANICAL, CheckLevel.FINAL)))
                .isFalse();
        assertThat(d002.call(() -> checklists.of(Set.of(WorkType.MECHANICAL), CheckLevel.FINAL)))
                .isEqualTo(defaults);

        d002.run(() -> {
            checklists.reword(WorkType.MECHANICAL, CheckLevel.FINAL, "faultGone", "按客户描述的工况复现，故障已消除");
            checklists.add(WorkType.MECHANICAL, CheckLevel.FINAL, "OBD 数据流正常");
            checklists.activate(WorkType.MECHANICAL, CheckLevel.FINAL, "oldParts", false);
            checklists.move(WorkType.MECHANICAL, CheckLevel.FINAL, "own1", -1);
            checklists.move(WorkType.MECHANICAL, CheckLevel.FINAL, "own1", -1);
        });

        List<ChecklistItem> own = d002.call(() -> checklists.of(Set.of(WorkType.MECHANICAL), CheckLevel.FINAL));
        assertThat(own.get(0)).isEqualTo(new ChecklistItem(WorkType.MECHANICAL, "faultGone", null, "按客户描述的工况复现，故障已消除"));
        assertThat(own)
                .extracting(ChecklistItem::key)
                .containsExactly("faultGone", "noWarningLights", "noLeaks", "own1", "roadTest");
        assertThat(own.get(3).text()).isEqualTo("OBD 数据流正常");
        assertThat(d002.call(() -> checklists.entries(WorkType.MECHANICAL, CheckLevel.FINAL)))
                .filteredOn(entry -> !entry.active())
                .extracting(entry -> entry.item().key())
                .containsExactly("oldParts");

        DealerScope d001 = DealerScope.systemFor(D001);
        assertThat(d001.call(() -> checklists.customised(WorkType.MECHANICAL, CheckLevel.FINAL)))
                .isFalse();
        assertThat(d001.call(() -> checklists.of(Set.of(WorkType.MECHANICAL), CheckLevel.FINAL)))
                .isEqualTo(defaults);
        assertThat(d002.call(() -> checklists.of(Set.of(WorkType.MECHANICAL), CheckLevel.SELF)))
                .as("the other levels of the same work stay the default")
                .isEqualTo(DefaultChecklists.of(WorkType.MECHANICAL, CheckLevel.SELF));
    }

    @Test
    void theDefaultsCoverEveryTypeOfWorkAtEveryLevel() {
        for (WorkType type : WorkType.values()) {
            for (CheckLevel level : CheckLevel.values()) {
                assertThat(DefaultChecklists.of(type, level))
                        .as("%s %s", type, level)
                        .hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }
}

package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/** A dealer's own quality checklist replaces the default for that dealer only; the others keep the default. */
@ApplicationTest
class ChecklistsTest {

    static final long D001 = 1;
    static final long D002 = 2;

    @Autowired
    Checklists checklists;

    @Autowired
    @SchemaOwner
    DataSource owner;

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
    void aChecklistChangedOutsideThisInstanceIsReadWithinAMoment() {
        DealerScope d001 = DealerScope.systemFor(D001);
        Set<WorkType> bodyWork = Set.of(WorkType.BODY_AND_PAINT);
        assertThat(d001.call(() -> checklists.of(bodyWork, CheckLevel.TEAM_LEADER)))
                .as("read once, and remembered")
                .isEqualTo(DefaultChecklists.of(WorkType.BODY_AND_PAINT, CheckLevel.TEAM_LEADER));
        JdbcClient sql = JdbcClient.create(owner);
        try {
            // as another instance of the application, or an operator with psql, would
            sql.sql("""
                            INSERT INTO workshop.checklist_item (dealer_id, work_type, level, item_key, position, text)
                            VALUES (1, 'BODY_AND_PAINT', 'TEAM_LEADER', 'own1', 1, '色差在日光灯下复核')""").update();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (d001.call(() -> checklists.of(bodyWork, CheckLevel.TEAM_LEADER))
                                    .size()
                            != 1
                    && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(d001.call(() -> checklists.of(bodyWork, CheckLevel.TEAM_LEADER)))
                    .extracting(ChecklistItem::text)
                    .containsExactly("色差在日光灯下复核");
        } finally {
            sql.sql("DELETE FROM workshop.checklist_item WHERE dealer_id = 1 AND work_type = 'BODY_AND_PAINT'")
                    .update();
        }
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

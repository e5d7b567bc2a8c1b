package shinrai.workshop.api;

import java.time.Instant;
import java.util.List;
import org.springframework.context.MessageSource;
import shinrai.workshop.RecordedCheck;

/** A quality check recorded on an order: who, when, the level, each item's result, and where its photos are. */
record RecordedCheckView(
        int number,
        String level,
        boolean passed,
        String notes,
        long inspectorId,
        Instant checkedAt,
        List<ItemView> items,
        List<String> photos) {

    static RecordedCheckView of(long order, RecordedCheck check, MessageSource messages) {
        return new RecordedCheckView(
                check.number(),
                check.level().name(),
                check.passed(),
                check.notes(),
                check.inspector().value(),
                check.checkedAt(),
                check.items().stream()
                        .map(item -> new ItemView(ChecklistItemView.of(item.item(), messages), item.ok(), item.note()))
                        .toList(),
                check.photos().stream()
                        .map(photo -> photoPath(order, check.number(), photo))
                        .toList());
    }

    static String photoPath(long order, int check, int photo) {
        return "/api/v1/repair-orders/" + order + "/checks/" + check + "/photos/" + photo;
    }

    record ItemView(ChecklistItemView item, boolean ok, String note) {}
}

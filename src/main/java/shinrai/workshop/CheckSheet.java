package shinrai.workshop;

import java.util.List;

/**
 * One level of the quality check as the inspector filled it in: the checklist for the work on the order, what they
 * found on each item, their notes (the reason for rework when it fails) and the photos they took.
 */
public record CheckSheet(
        List<ChecklistItem> checklist, List<ItemResult> results, String notes, List<CheckPhoto> photos) {

    public CheckSheet {
        checklist = List.copyOf(checklist);
        results = List.copyOf(results);
        photos = List.copyOf(photos);
    }
}

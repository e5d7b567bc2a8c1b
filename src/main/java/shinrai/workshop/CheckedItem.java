package shinrai.workshop;

/** A checklist item as it read when it was checked, with what the inspector found. */
public record CheckedItem(ChecklistItem item, boolean ok, String note) {}

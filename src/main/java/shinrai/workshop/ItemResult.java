package shinrai.workshop;

/**
 * What the inspector found on one checklist item.
 *
 * @param ref the item, as {@link ChecklistItem#ref()} names it
 * @param ok whether it is in order
 */
public record ItemResult(String ref, boolean ok, String note) {}

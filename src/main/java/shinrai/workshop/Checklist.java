package shinrai.workshop;

import java.util.List;

/**
 * The checklist of a type of work at a level of the quality check, as the dealer keeps it: every item in its order,
 * the stopped ones too.
 *
 * @param customised whether the dealer has changed it; otherwise it is the default ({@link DefaultChecklists})
 */
public record Checklist(WorkType workType, CheckLevel level, boolean customised, List<Checklists.Entry> entries) {}

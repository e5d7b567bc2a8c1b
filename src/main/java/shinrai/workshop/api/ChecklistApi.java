package shinrai.workshop.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import shinrai.shared.TextLimits;
import shinrai.workshop.CheckLevel;
import shinrai.workshop.Checklist;
import shinrai.workshop.Checklists;
import shinrai.workshop.WorkType;

/**
 * The dealer's quality checklists, one per type of work and level, as the settings page (管理 → 检验单) keeps them:
 * read them all or one, and send one whole to replace its items. Kept by whoever sets up the workshop
 * ({@code BOOKING_SET_UP}), like the page.
 */
@RestController
@RequestMapping("/api/v1/workshop/checklists")
@PreAuthorize("hasAuthority('BOOKING_SET_UP')")
@Tag(name = "Quality checklists", description = """
                Each type of work (MAINTENANCE, MECHANICAL, BODY_AND_PAINT) has a checklist for each level of the \
                check (SELF, TEAM_LEADER, FINAL). A checklist the dealer never changed is the default (customised \
                false), worded in the caller's language; the first change makes it the dealer's own. Items are \
                stopped (active false), never removed: past checks name them.""")
@SecurityRequirement(name = "bearer")
class ChecklistApi {

    private final Checklists checklists;
    private final MessageSource messages;

    ChecklistApi(Checklists checklists, MessageSource messages) {
        this.checklists = checklists;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Every checklist of the dealer, or those of one type of work and/or one level")
    List<ChecklistView> all(
            @RequestParam(required = false) @Nullable WorkType workType,
            @RequestParam(required = false) @Nullable CheckLevel level) {
        return checklists.all().stream()
                .filter(checklist -> workType == null || checklist.workType() == workType)
                .filter(checklist -> level == null || checklist.level() == level)
                .map(this::view)
                .toList();
    }

    @GetMapping("/{workType}/{level}")
    @Operation(summary = "One checklist, the stopped items too")
    ChecklistView one(@PathVariable WorkType workType, @PathVariable CheckLevel level) {
        return view(checklists.checklist(workType, level));
    }

    @PutMapping("/{workType}/{level}")
    @Operation(summary = "Replace a checklist's items: the list as it should read, in its order", description = """
                    Each item names an item the checklist has by its key, or has no key and is added in the dealer's \
                    words (text required). text rewords an item (leave it out to keep the wording; a default item \
                    then keeps reading in each user's language); active false stops it (default true). An item the \
                    checklist has and the list leaves out is stopped and kept after the listed ones. At most 60 \
                    items, stopped ones included; a text at most 200 characters. An unknown or repeated key, a \
                    missing text or too many items is refused (400) naming the item, such as items[2].key.""")
    ChecklistView replace(
            @PathVariable WorkType workType, @PathVariable CheckLevel level, @Valid @RequestBody ChecklistBody body) {
        return view(checklists.replace(
                workType,
                level,
                body.items().stream()
                        .map(item ->
                                new Checklists.Revision(item.key(), item.text(), !Boolean.FALSE.equals(item.active())))
                        .toList()));
    }

    private ChecklistView view(Checklist checklist) {
        return new ChecklistView(
                checklist.workType().name(),
                checklist.level().name(),
                checklist.customised(),
                checklist.entries().stream()
                        .map(entry -> new EntryView(
                                entry.item().key(),
                                entry.item().ref(),
                                messages.getMessage(entry.item().label(), LocaleContextHolder.getLocale()),
                                entry.item().messageKey() == null,
                                entry.active()))
                        .toList());
    }

    /** A checklist; {@code customised} false while it is the default. */
    record ChecklistView(String workType, String level, boolean customised, List<EntryView> items) {}

    /**
     * An item of a checklist.
     *
     * @param item how a check's result names it ({@code MAINTENANCE.oilLevel})
     * @param text its wording in the caller's language (a default item) or as the dealer wrote it
     * @param dealersOwn whether the dealer wrote or reworded it
     */
    record EntryView(String key, String item, String text, boolean dealersOwn, boolean active) {}

    record ChecklistBody(
            @NotNull @Size(max = Checklists.MOST_ITEMS) List<@NotNull @Valid ItemBody> items) {}

    /**
     * @param key an item the checklist has; none for an item to add
     * @param text its wording; none keeps an item's wording
     * @param active whether the check goes through it (true when left out)
     */
    record ItemBody(
            @Nullable @Size(max = TextLimits.TOKEN) String key,
            @Nullable @Size(max = TextLimits.NAME) String text,
            @Nullable Boolean active) {}
}

package shinrai.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import shinrai.shared.NavigationEntry;

/**
 * The menu, built from the {@link NavigationEntry} beans the modules contribute: each user sees the entries
 * their permissions allow, grouped in sections in a fixed order. A new module adds a bean, not a template edit.
 */
@Component("navigation")
public class Navigation {

    /** Section order; a section no module contributes to simply does not show. */
    static final List<String> SECTION_ORDER = List.of(
            "nav.section.service",
            "nav.section.workshop",
            "nav.section.customers",
            "nav.section.parts",
            "nav.section.network",
            "nav.section.administration");

    private final List<NavigationEntry> entries;

    Navigation(List<NavigationEntry> entries) {
        this.entries = entries.stream()
                .sorted(Comparator.comparingInt((NavigationEntry entry) -> sectionRank(entry.section()))
                        .thenComparingInt(NavigationEntry::order))
                .toList();
    }

    /** The sections this user may see, in order, each with its visible entries. */
    public List<Section> visibleTo(@Nullable Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Map<String, List<NavigationEntry>> sections = entries.stream()
                .filter(entry -> authorities.contains(entry.requiredAuthority()))
                .collect(Collectors.groupingBy(NavigationEntry::section, LinkedHashMap::new, Collectors.toList()));
        return sections.entrySet().stream()
                .map(section -> new Section(section.getKey(), section.getValue()))
                .toList();
    }

    /**
     * The one entry to highlight for the page at {@code currentPath}: of the entries this user sees, the one whose
     * path is the longest prefix of it at a segment boundary ({@code /appointments/settings} highlights the set-up,
     * not also the day board); null when none matches.
     */
    public @Nullable String activePath(@Nullable String currentPath, @Nullable Authentication authentication) {
        if (currentPath == null) {
            return null;
        }
        return visibleTo(authentication).stream()
                .flatMap(section -> section.entries().stream())
                .map(NavigationEntry::path)
                .filter(path -> currentPath.equals(path) || currentPath.startsWith(path + "/"))
                .max(Comparator.comparingInt(String::length))
                .orElse(null);
    }

    private static int sectionRank(String section) {
        int rank = SECTION_ORDER.indexOf(section);
        return rank < 0 ? SECTION_ORDER.size() : rank;
    }

    public record Section(String titleKey, List<NavigationEntry> entries) {}
}

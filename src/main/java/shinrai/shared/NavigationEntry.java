package shinrai.shared;

/**
 * One link in the shell's navigation, contributed by the module that owns the page as a bean. The shell shows
 * it to users holding {@code requiredAuthority}, grouped by {@code section} and sorted by {@code order}.
 *
 * @param section message key of the group heading ({@code nav.section.service}, ...)
 * @param labelKey message key of the link text
 * @param path where the link goes
 * @param icon Bootstrap Icons name, without the {@code bi-} prefix
 * @param requiredAuthority a permission name such as {@code STAFF_MANAGE}
 * @param order position within the section
 */
public record NavigationEntry(
        String section, String labelKey, String path, String icon, String requiredAuthority, int order) {}

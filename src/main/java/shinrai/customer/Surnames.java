package shinrai.customer;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Suggests the surname staff use to greet a customer (王先生, 欧阳女士, Mr Smith). It only pre-fills the form: the
 * advisor can always correct it, so a rare name read wrongly costs one edit.
 */
public final class Surnames {

    /**
     * Compound surnames still borne today, longest first so 爱新觉罗 wins over a shorter match. 单于 and 宗政 are left
     * out on purpose: 单 and 宗 are common single surnames and 于 and 政 common first characters of a given name,
     * so 单于飞 and 宗政伟 are far more often Shan Yufei and Zong Zhengwei.
     */
    private static final List<String> COMPOUND = List.of(
                    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "令狐",
                    "钟离", "端木", "申屠", "澹台", "独孤", "南宫", "西门", "百里", "呼延", "万俟", "闻人", "赫连", "太史", "公冶", "濮阳", "淳于",
                    "拓跋", "第五", "鲜于", "闾丘", "亓官", "左丘", "东郭", "完颜", "爱新觉罗")
            .stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    /** The dot between the parts of a Uyghur or other transliterated name: 买买提·艾力. */
    private static final Pattern NAME_DOT = Pattern.compile("[·•・‧∙.]");

    private Surnames() {}

    /**
     * The surname in a full name: the compound surname or first character of a Chinese name, the name before the dot
     * of a transliterated one (买买提·艾力, which has no surname, is addressed by it), the last word of a Latin-script
     * name ("John Smith") or the part before the comma of "Smith, John", and the first character otherwise.
     */
    public static String suggestFor(String fullName) {
        String name = fullName.strip();
        if (name.isEmpty()) {
            return "";
        }
        if (isChinese(name)) {
            String[] parts = NAME_DOT.split(name, 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                return parts[0].strip();
            }
            String compact = name.replaceAll("\\s+", "");
            // A two-character name is a single surname and a given name: 欧阳 alone is Mr Ou Yang, not a surname.
            return COMPOUND.stream()
                    .filter(compound -> compact.startsWith(compound) && compact.length() > compound.length())
                    .findFirst()
                    .orElseGet(() -> compact.substring(0, compact.offsetByCodePoints(0, 1)));
        }
        if (!isLatin(name)) {
            // Korean and other scripts written family name first: 김민수 is greeted by 김.
            return name.substring(0, name.offsetByCodePoints(0, 1));
        }
        int comma = name.indexOf(',');
        if (comma > 0) {
            return name.substring(0, comma).strip();
        }
        String[] words = name.split("\\s+");
        return words[words.length - 1];
    }

    private static boolean isChinese(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean isLatin(String name) {
        return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}

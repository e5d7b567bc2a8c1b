package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surname pre-filled for the greeting; staff can always change it. */
class SurnamesTest {

    @ParameterizedTest
    @CsvSource({
        "王小明,      王",
        "李娜,        李",
        "张三丰,      张",
        "' 陈 静 ',   陈",
        "欧阳娜娜,    欧阳",
        "司马光,      司马",
        "上官婉儿,    上官",
        "诸葛亮,      诸葛",
        "东方明珠,    东方",
        "皇甫嵩,      皇甫",
        "尉迟恭,      尉迟",
        "公孙策,      公孙",
        "慕容复,      慕容",
        "长孙无忌,    长孙",
        "宇文泰,      宇文",
        "司徒雷登,    司徒",
        "夏侯惇,      夏侯",
        "轩辕剑,      轩辕",
        "令狐冲,      令狐",
        "钟离春,      钟离",
        "端木赐,      端木",
        "申屠嘉,      申屠",
        "澹台明,      澹台",
        "独孤求败,    独孤",
        "南宫问天,    南宫",
        "西门庆,      西门",
        "百里奚,      百里",
        "呼延灼,      呼延",
        "万俟卨,      万俟",
        "闻人杰,      闻人",
        "赫连勃勃,    赫连",
        "太史慈,      太史",
        "公冶长,      公冶",
        "濮阳兴,      濮阳",
        "淳于髡,      淳于",
        "拓跋宏,      拓跋",
        "第五伦,      第五",
        "鲜于通,      鲜于",
        "爱新觉罗溥仪, 爱新觉罗"
    })
    void recognisesCompoundSurnames(String name, String surname) {
        assertThat(Surnames.suggestFor(name)).isEqualTo(surname);
    }

    @ParameterizedTest
    @CsvSource({
        "欧阳,   欧", // two characters: a single surname and a one-character given name
        "司马,   司", "单于飞, 单", // 单 and 宗 are common surnames on their own
        "宗政伟, 宗", "万方,   万", "钟丽,   钟"
    })
    void takesTheFirstCharacterWhenNoCompoundSurnameFits(String name, String surname) {
        assertThat(Surnames.suggestFor(name)).isEqualTo(surname);
    }

    @ParameterizedTest
    @CsvSource({"买买提·艾力, 买买提", "阿依古丽•吐尔逊, 阿依古丽", "爱新觉罗·溥仪, 爱新觉罗"})
    void takesThePartBeforeTheDotOfATransliteratedName(String name, String greeting) {
        assertThat(Surnames.suggestFor(name)).isEqualTo(greeting);
    }

    @ParameterizedTest
    @CsvSource({
        "John Smith,            Smith",
        "' Mary  Ann  Jones ',  Jones",
        "'Smith, John',         Smith",
        "Schmidt,               Schmidt",
        "Jean-Luc Picard,       Picard",
        "김민수,                김"
    })
    void readsNamesInOtherScripts(String name, String surname) {
        assertThat(Surnames.suggestFor(name)).isEqualTo(surname);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void suggestsNothingForABlankName(String name) {
        assertThat(Surnames.suggestFor(name)).isEmpty();
    }
}

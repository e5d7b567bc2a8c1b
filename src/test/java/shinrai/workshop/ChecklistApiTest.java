package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.shared.DealerScope;
import tools.jackson.databind.JsonNode;

/**
 * A dealer group's back office keeps the quality checklists through {@code /api/v1/workshop/checklists}: reads them,
 * and sends one whole to replace its items, with the page's rules and permission. Each test works on a checklist of
 * D002 that no other test changes.
 */
@ApplicationTest
class ChecklistApiTest {

    static final String CHECKLISTS = "/api/v1/workshop/checklists";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Checklists checklists;

    @Test
    void theChecklistsAreReadAllOrByTypeOfWorkAndLevelInTheCallersLanguage() {
        ApiClient api = new ApiClient(mvc);
        JsonNode all = ApiClient.ok(api.get("d2.admin", CHECKLISTS));
        assertThat(all).hasSize(WorkType.values().length * CheckLevel.values().length);
        assertThat(ApiClient.ok(api.get("d2.admin", CHECKLISTS + "?level=FINAL")))
                .hasSize(WorkType.values().length);

        JsonNode one = ApiClient.ok(api.get("d2.admin", CHECKLISTS + "?workType=MAINTENANCE&level=SELF"));
        assertThat(one).hasSize(1);
        JsonNode maintenance = one.get(0);
        assertThat(maintenance.get("workType").asString()).isEqualTo("MAINTENANCE");
        assertThat(maintenance.get("level").asString()).isEqualTo("SELF");
        assertThat(maintenance.get("customised").asBoolean()).isFalse();
        assertThat(keys(maintenance))
                .containsExactlyElementsOf(DefaultChecklists.of(WorkType.MAINTENANCE, CheckLevel.SELF).stream()
                        .map(ChecklistItem::key)
                        .toList());
        JsonNode oil = maintenance.get("items").get(0);
        assertThat(oil.get("item").asString()).isEqualTo("MAINTENANCE.oilLevel");
        assertThat(oil.get("text").asString()).isEqualTo("机油液位在油尺上下限之间，机油牌号、粘度与工单一致");
        assertThat(oil.get("dealersOwn").asBoolean()).isFalse();
        assertThat(oil.get("active").asBoolean()).isTrue();
        assertThat(ApiClient.ok(api.inEnglish().get("d2.admin", CHECKLISTS + "/MAINTENANCE/SELF"))
                        .get("items")
                        .get(0)
                        .get("text")
                        .asString())
                .startsWith("Oil level");
    }

    @Test
    void aChecklistSentWholeReplacesItsItemsAndTheCheckGoesThroughThem() {
        ApiClient api = new ApiClient(mvc);
        String path = CHECKLISTS + "/BODY_AND_PAINT/TEAM_LEADER";
        JsonNode replaced = ApiClient.ok(api.put("d2.admin", path, """
                {"items":[
                  {"key":"colourMatch","text":"  色差仪检测 ΔE ≤ 1.0  "},
                  {"key":"panelGaps"},
                  {"text":"漆面无砂纸痕","active":true},
                  {"key":"seals","active":false}
                ]}"""));

        assertThat(replaced.get("customised").asBoolean()).isTrue();
        assertThat(keys(replaced))
                .containsExactly(
                        "colourMatch",
                        "panelGaps",
                        "own1",
                        "seals",
                        "neighbouringPanels",
                        "orangePeel",
                        "runsAndDust",
                        "polished");
        JsonNode items = replaced.get("items");
        assertThat(items.get(0).get("text").asString()).isEqualTo("色差仪检测 ΔE ≤ 1.0");
        assertThat(items.get(0).get("dealersOwn").asBoolean()).isTrue();
        assertThat(items.get(1).get("dealersOwn").asBoolean())
                .as("left as worded: still the default, in each reader's language")
                .isFalse();
        assertThat(items.get(2).get("text").asString()).isEqualTo("漆面无砂纸痕");
        List<Boolean> active = new ArrayList<>();
        items.forEach(item -> active.add(item.get("active").asBoolean()));
        assertThat(active)
                .as("the items left out are stopped, not removed")
                .containsExactly(true, true, true, false, false, false, false, false);

        assertThat(DealerScope.systemFor(2)
                        .call(() -> checklists.of(Set.of(WorkType.BODY_AND_PAINT), CheckLevel.TEAM_LEADER)))
                .extracting(ChecklistItem::key)
                .containsExactly("colourMatch", "panelGaps", "own1");
        assertThat(ApiClient.ok(api.get("manager", path)).get("customised").asBoolean())
                .as("D001's checklist is its own")
                .isFalse();

        JsonNode again = ApiClient.ok(api.put("d2.admin", path, """
                {"items":[{"key":"own1"},{"key":"runsAndDust"},{"text":"抛光后无旋印"}]}"""));
        assertThat(keys(again)).startsWith("own1", "runsAndDust", "own2");
        assertThat(DealerScope.systemFor(2)
                        .call(() -> checklists.of(Set.of(WorkType.BODY_AND_PAINT), CheckLevel.TEAM_LEADER)))
                .extracting(ChecklistItem::key)
                .containsExactly("own1", "runsAndDust", "own2");
    }

    @Test
    void eachWrongItemIsRefusedByItsPlaceInTheListInTheCallersLanguageAndNothingChanges() {
        ApiClient api = new ApiClient(mvc);
        String path = CHECKLISTS + "/MAINTENANCE/TEAM_LEADER";
        String wrong = """
                {"items":[
                  {"key":"noSuchItem"},
                  {"key":"oilLevel"},
                  {"key":"oilLevel"},
                  {"text":"   "}
                ]}""";
        MvcTestResult refused = api.put("d2.admin", path, wrong);
        assertThat(refused).hasStatus(400);
        JsonNode problem = ApiClient.body(refused);
        assertThat(fields(problem)).containsExactlyInAnyOrder("items[0].key", "items[2].key", "items[3].text");
        assertThat(problem.toString()).contains("检查单中没有项目“noSuchItem”。", "项目“oilLevel”列出了两次。", "请填写检查项内容。");
        assertThat(ApiClient.body(api.inEnglish().put("d2.admin", path, wrong)).toString())
                .contains("The checklist has no item noSuchItem.", "Item oilLevel is listed twice.");

        assertThat(fields(ApiClient.body(api.put(
                        "d2.admin",
                        path,
                        "{\"items\":[{\"key\":\"fluids\",\"text\":\"%s\"}]}".formatted("长".repeat(201))))))
                .containsExactly("items[0].text");
        assertThat(fields(ApiClient.body(api.put("d2.admin", path, "{\"items\":[],\"colour\":\"red\"}"))))
                .contains("colour");
        assertThat(fields(
                        ApiClient.body(api.put("d2.admin", path, "{\"items\":[{\"key\":\"oilLevel\",\"colour\":1}]}"))))
                .anySatisfy(field -> assertThat(field).contains("colour"));
        assertThat(fields(ApiClient.body(api.put("d2.admin", path, "{}")))).contains("items");
        assertThat(fields(ApiClient.body(api.put("d2.admin", path, "{\"items\":[{\"active\":\"yes\"}]}"))))
                .anySatisfy(field -> assertThat(field).contains("active"));
        MvcTestResult noSuchWork = api.put("d2.admin", CHECKLISTS + "/ENGINE/SELF", "{\"items\":[]}");
        assertThat(noSuchWork).hasStatus(400);
        assertThat(fields(ApiClient.body(noSuchWork))).contains("workType");

        StringBuilder tooMany = new StringBuilder("{\"items\":[");
        for (int i = 0; i < Checklists.MOST_ITEMS - 1; i++) {
            tooMany.append(i == 0 ? "" : ",").append("{\"text\":\"第 ").append(i).append(" 项\"}");
        }
        MvcTestResult overflowing =
                api.inEnglish().put("d2.admin", path, tooMany.append("]}").toString());
        assertThat(overflowing).hasStatus(400);
        assertThat(fields(ApiClient.body(overflowing))).containsExactly("items");
        assertThat(ApiClient.body(overflowing).toString()).contains("A checklist has at most 60 items.");

        assertThat(ApiClient.ok(api.get("d2.admin", path)).get("customised").asBoolean())
                .as("nothing refused was written")
                .isFalse();
    }

    @Test
    void onlyThoseWhoSetUpTheWorkshopReadAndChangeTheChecklists() {
        ApiClient api = new ApiClient(mvc);
        assertThat(api.get("advisor", CHECKLISTS)).hasStatus(403);
        assertThat(api.get("technician", CHECKLISTS + "/MAINTENANCE/SELF")).hasStatus(403);
        assertThat(api.put("technician", CHECKLISTS + "/MAINTENANCE/SELF", "{\"items\":[]}"))
                .hasStatus(403);
        assertThat(mvc.get().uri(CHECKLISTS).exchange()).hasStatus(401);
    }

    private static List<String> keys(JsonNode checklist) {
        List<String> keys = new ArrayList<>();
        checklist.get("items").forEach(item -> keys.add(item.get("key").asString()));
        return keys;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        JsonNode errors = problem.get("errors");
        if (errors != null) {
            errors.forEach(error -> fields.add(error.get("field").asString()));
        }
        return fields;
    }
}

package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;
import tools.jackson.databind.JsonNode;

/**
 * A tablet app does the quality check through the API: reads the checklist for the order, answers each item, sends
 * the photos, and reads the checks back; another dealer's photo stays out of reach.
 */
@ApplicationTest
class QualityCheckApiTest {

    @Autowired
    MockMvcTester mvc;

    ApiClient api;
    WorkshopFixtures fixtures;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        api = new ApiClient(mvc);
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
    }

    @Test
    void theChecklistIsReadTickedAndStoredWithItsPhoto() {
        RepairOrder repaired = fixtures.repaired();
        String order = "/api/v1/repair-orders/" + repaired.id();
        JsonNode checklist = ApiClient.ok(api.get("technician", order + "/checklist"));
        assertThat(checklist.get(0).get("item").asString()).isEqualTo("MAINTENANCE.oilLevel");
        assertThat(checklist.get(0).get("text").asString()).isEqualTo("机油液位在油尺上下限之间，机油牌号、粘度与工单一致");
        assertThat(ApiClient.ok(api.inEnglish().get("technician", order + "/checklist?level=FINAL"))
                        .get(0)
                        .get("text")
                        .asString())
                .isEqualTo("Oil level between the dipstick marks; oil grade and viscosity as on the order");

        JsonNode checked = ApiClient.ok(api.post(
                "technician",
                order + "/checks",
                "{\"version\":" + repaired.version() + ",\"level\":\"SELF\",\"passed\":true,\"items\":"
                        + items(checklist, "MAINTENANCE.tyrePressures", true, "备胎 2.5 bar") + "}"));
        assertThat(checked.get("status").asString()).isEqualTo("SELF_CHECKED");

        byte[] photo = WorkshopFixtures.aPhoto();
        MvcTestResult added = api.upload(
                "technician",
                order + "/checks/1/photos",
                new MockMultipartFile("photo", "tyre.png", "image/png", photo));
        assertThat(added).hasStatus(201);
        String href = ApiClient.body(added).get("href").asString();
        assertThat(href).isEqualTo(order + "/checks/1/photos/1");

        JsonNode checks = ApiClient.ok(api.get("advisor", order + "/checks"));
        JsonNode self = checks.get(0);
        assertThat(self.get("level").asString()).isEqualTo("SELF");
        assertThat(self.get("passed").asBoolean()).isTrue();
        assertThat(self.get("inspectorId").asLong())
                .isEqualTo(fixtures.staffId("technician").value());
        assertThat(self.get("items").size()).isEqualTo(checklist.size());
        assertThat(self.get("items").get(3).get("note").asString()).isEqualTo("备胎 2.5 bar");
        assertThat(self.get("photos").get(0).asString()).isEqualTo(href);
        MvcTestResult served = api.get("advisor", href);
        assertThat(served).hasStatusOk().hasContentType("image/png");
        assertThat(served.getResponse().getContentAsByteArray()).isEqualTo(photo);
    }

    @Test
    void passingWithAnItemLeftOutIsRefusedNamingItInEitherLanguage() {
        RepairOrder repaired = fixtures.repaired();
        String order = "/api/v1/repair-orders/" + repaired.id();
        JsonNode checklist = ApiClient.ok(api.get("technician", order + "/checklist"));
        String allButFirst = "["
                + stream(checklist)
                        .skip(1)
                        .map(item -> "{\"item\":\"" + item.get("item").asString() + "\",\"ok\":true}")
                        .collect(Collectors.joining(","))
                + "]";
        String body = "{\"version\":" + repaired.version() + ",\"level\":\"SELF\",\"passed\":true,\"items\":"
                + allButFirst + "}";
        MvcTestResult chinese = api.post("technician", order + "/checks", body);
        assertThat(chinese).hasStatus(409);
        assertThat(ApiClient.body(chinese).get("detail").asString())
                .isEqualTo("检查项“机油液位在油尺上下限之间，机油牌号、粘度与工单一致”尚未勾选合格（共 1 项未勾选），全部合格后才能判定合格。");
        MvcTestResult english = api.inEnglish().post("technician", order + "/checks", body);
        assertThat(ApiClient.body(english).get("detail").asString())
                .isEqualTo("\"Oil level between the dipstick marks; oil grade and viscosity as on the order\" is not"
                        + " ticked as in order (1 items not ticked); every item must be in order to pass.");
    }

    @Test
    void anItemNotOkFailsTheCheckAndSendsItsJobBack() {
        RepairOrder repaired = fixtures.repaired();
        String order = "/api/v1/repair-orders/" + repaired.id();
        JsonNode checklist = ApiClient.ok(api.get("technician", order + "/checklist"));
        JsonNode failed = ApiClient.ok(api.post(
                "technician",
                order + "/checks",
                "{\"version\":" + repaired.version() + ",\"level\":\"SELF\",\"passed\":false,\"notes\":\"滤清器渗油\","
                        + "\"items\":" + items(checklist, "MAINTENANCE.filterNoLeak", false, "滤清器密封圈处渗油") + "}"));
        assertThat(failed.get("status").asString()).isEqualTo("IN_REPAIR");
        assertThat(failed.get("lines").get(0).get("job").asString()).isEqualTo("WAITING");
        assertThat(failed.get("lines").get(0).get("reworks").asInt()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedNamingTheFieldInEitherLanguage() throws Exception {
        RepairOrder checked = fixtures.passCheck("technician", fixtures.repaired(), CheckLevel.SELF, "");
        String photos = "/api/v1/repair-orders/" + checked.id() + "/checks/1/photos";
        MockMultipartFile text = new MockMultipartFile(
                "photo", "notes.txt", "image/png", "oil looked fine".getBytes(StandardCharsets.US_ASCII));

        MvcTestResult chinese = api.upload("technician", photos, text);
        assertThat(chinese).hasStatus(400);
        assertThat(chinese.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("检验照片：notes.txt 不是 JPEG 或 PNG 图片。", "\"photo\"");
        MvcTestResult english = api.inEnglish().upload("technician", photos, text);
        assertThat(english).hasStatus(400);
        assertThat(english.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Check photos: notes.txt is not a JPEG or PNG image.");
        byte[] tooLarge = new byte[CheckPhoto.MOST_BYTES + 1];
        tooLarge[0] = (byte) 0xFF;
        tooLarge[1] = (byte) 0xD8;
        tooLarge[2] = (byte) 0xFF;
        MvcTestResult large =
                api.upload("technician", photos, new MockMultipartFile("photo", "big.jpg", "image/jpeg", tooLarge));
        assertThat(large).hasStatus(400);
        assertThat(large.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("检验照片：big.jpg 超过 8 MB。");
        MvcTestResult wrongPart = api.upload(
                "technician", photos, new MockMultipartFile("file", "a.png", "image/png", WorkshopFixtures.aPhoto()));
        assertThat(wrongPart).hasStatus(400);
        assertThat(wrongPart.getResponse().getContentType()).contains("problem+json");
        assertThat(api.upload(
                        "foreman",
                        photos,
                        new MockMultipartFile("photo", "a.png", "image/png", WorkshopFixtures.aPhoto())))
                .as("a photo goes only on a check of one's own")
                .hasStatus(409);
    }

    @Test
    void anotherDealerCannotReadThePhotoOrTheChecks() throws Exception {
        RepairOrder checked = fixtures.passCheck("technician", fixtures.repaired(), CheckLevel.SELF, "");
        String order = "/api/v1/repair-orders/" + checked.id();
        assertThat(api.upload(
                        "technician",
                        order + "/checks/1/photos",
                        new MockMultipartFile("photo", "a.png", "image/png", WorkshopFixtures.aPhoto())))
                .hasStatus(201);
        assertThat(api.get("advisor", order + "/checks/1/photos/1")).hasStatusOk();

        for (String intruder : List.of("d2.admin", "d2.advisor")) {
            MvcTestResult photo = api.get(intruder, order + "/checks/1/photos/1");
            assertThat(photo).hasStatus(404);
            assertThat(photo.getResponse().getContentType()).doesNotContain("image");
            assertThat(api.get(intruder, order + "/checks").getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .doesNotContain("SELF");
            assertThat(api.upload(
                                    intruder,
                                    order + "/checks/1/photos",
                                    new MockMultipartFile("photo", "b.png", "image/png", WorkshopFixtures.aPhoto()))
                            .getResponse()
                            .getStatus())
                    .isIn(403, 404);
        }
    }

    @Test
    void twoPhotosOfOneCheckSentAtOnceEachGetTheirOwnNumber(@Autowired QualityChecks checks) throws Exception {
        RepairOrder checked = fixtures.passCheck("technician", fixtures.repaired(), CheckLevel.SELF, "");
        CheckPhoto photo = new CheckPhoto("image/png", WorkshopFixtures.aPhoto());
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> add =
                    () -> fixtures.as("technician").call(() -> checks.addPhoto(checked.id(), 1, photo));
            var first = two.submit(add);
            var second = two.submit(add);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(1, 2);
        } finally {
            two.shutdown();
        }
    }

    /** Every item of the checklist OK, except {@code ref} answered as given. */
    private static String items(JsonNode checklist, String ref, boolean ok, String note) {
        return "["
                + stream(checklist)
                        .map(item -> {
                            String each = item.get("item").asString();
                            return each.equals(ref)
                                    ? "{\"item\":\"" + each + "\",\"ok\":" + ok + ",\"note\":\"" + note + "\"}"
                                    : "{\"item\":\"" + each + "\",\"ok\":true}";
                        })
                        .collect(Collectors.joining(","))
                + "]";
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}

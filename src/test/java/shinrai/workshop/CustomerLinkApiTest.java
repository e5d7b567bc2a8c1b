package shinrai.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import shinrai.ApiClient;
import shinrai.ApplicationTest;
import shinrai.customer.CustomerBook;
import shinrai.vehicle.VehicleRegister;
import tools.jackson.databind.JsonNode;

/** Integrators ask for the customer's links: returned to deliver themselves, or sent through Shinrai's outbox. */
@ApplicationTest
class CustomerLinkApiTest {

    @Autowired
    MockMvcTester mvc;

    WorkshopFixtures fixtures;
    ApiClient api;

    @BeforeEach
    void theDemoDealersStaff(
            @Autowired Workshop workshop,
            @Autowired CustomerBook customers,
            @Autowired VehicleRegister vehicles,
            @Autowired DataSource app,
            @Autowired Clock clock) {
        fixtures = new WorkshopFixtures(workshop, customers, vehicles, app, clock);
        api = new ApiClient(mvc);
    }

    @Test
    void theSupplementLinkOffersTheLinesWaitingAndIsRefusedWhenNoneWaits() {
        RepairOrder approved = fixtures.approved();
        String uri = "/api/v1/repair-orders/" + approved.id() + "/supplement-link";
        assertThat(api.post("advisor", uri, "{\"send\":true}")).hasStatus(409);
        assertThat(ApiClient.body(api.inEnglish().post("advisor", uri, "{\"send\":true}"))
                        .get("detail")
                        .asString())
                .isEqualTo("No supplement waits for the customer's answer.");

        fixtures.as("advisor")
                .call(() -> fixtures.workshop()
                        .addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm"));
        JsonNode returned = ApiClient.ok(api.post("advisor", uri, "{\"send\":false}"));
        assertThat(returned.get("url").asString()).contains("/p/approval/");
        assertThat(returned.get("lines").get(0).asInt()).isEqualTo(4);
        assertThat(returned.get("sent").asBoolean()).isFalse();

        JsonNode sent = ApiClient.ok(api.post("advisor", uri, "{\"send\":true}"));
        assertThat(sent.get("sent").asBoolean()).isTrue();
        assertThat(sent.get("channel").asString()).isEqualTo("SMS");
        assertThat(sent.get("sentTo").asString()).matches("197\\*{4}\\d{4}");

        assertThat(api.post("technician", uri, "{\"send\":true}")).hasStatus(403);
    }

    /**
     * The tests run as a store behind a reverse proxy would ({@code shinrai.public-base-url} in the tests'
     * configuration): the request comes in on localhost, the customer gets the public address.
     */
    @Test
    void theLinksSentToTheCustomerCarryThePublicAddressNotTheOneTheRequestCameInOn(
            @Autowired shinrai.messaging.Outbox outbox) {
        RepairOrder approved = fixtures.approved();
        fixtures.as("advisor")
                .call(() -> fixtures.workshop()
                        .addLabour(approved.id(), approved.version(), "B-PADF", Payer.CUSTOMER, "前刹车片剩 2 mm"));
        String order = "/api/v1/repair-orders/" + approved.id();

        JsonNode progress = ApiClient.ok(api.post("advisor", order + "/progress-link", "{\"send\":true}"));
        assertThat(progress.get("url").asString()).startsWith("https://service.shinrai.test/p/progress/");
        JsonNode approval = ApiClient.ok(api.post("advisor", order + "/supplement-link", "{\"send\":true}"));
        assertThat(approval.get("url").asString()).startsWith("https://service.shinrai.test/p/approval/");

        java.util.List<String> bodies = fixtures.as("advisor")
                .call(() -> outbox
                        .about(java.util.List.of("repair-order:" + approved.id().value()))
                        .stream()
                        .map(shinrai.messaging.QueuedMessage::body)
                        .toList());
        assertThat(bodies)
                .anySatisfy(
                        body -> assertThat(body).contains(progress.get("url").asString()))
                .anySatisfy(
                        body -> assertThat(body).contains(approval.get("url").asString()))
                .allSatisfy(body -> assertThat(body).doesNotContain("localhost"));
    }

    @Test
    void theProgressLinkIsReturnedOrSent() {
        RepairOrder opened = fixtures.opened();
        String uri = "/api/v1/repair-orders/" + opened.id() + "/progress-link";
        JsonNode link = ApiClient.ok(api.post("advisor", uri, "{\"send\":false}"));
        assertThat(link.get("url").asString()).contains("/p/progress/");
        assertThat(ApiClient.ok(api.post("advisor", uri, "{\"send\":true}"))
                        .get("sent")
                        .asBoolean())
                .isTrue();
        assertThat(api.post("advisor", uri, "{}")).hasStatus(400);
    }
}

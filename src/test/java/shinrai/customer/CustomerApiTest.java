package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.DemoAccounts;
import shinrai.database.SchemaOwner;

/** Customers and vehicles through the REST API: validation names the field, numbers are masked or audited. */
@ApplicationTest
class CustomerApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void badMobileVinAndPlateAreRefusedEachUnderItsOwnField() {
        MvcTestResult customer = post("/api/v1/customers", "advisor", """
                {"kind":"PERSON","name":"测试","mobiles":["1234567"]}""");
        assertThat(customer).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(customer).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mobile");

        long ownerId = registerCustomer("19811112222");
        MvcTestResult vehicle = post("/api/v1/vehicles", "advisor", """
                {"ownerId":%d,"vin":"LVGBE40K8GP123450","plate":"XX12345"}""".formatted(ownerId));
        assertThat(vehicle).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(vehicle)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("vin", "plate");
        assertThat(vehicle)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("6");
    }

    @Test
    void thePreferredContactTimeIsWrittenAndReadAndAnUnknownOneIsRefusedByName() {
        MvcTestResult registered = post("/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                {"kind":"PERSON","name":"时段接口","mobiles":["19811119990"],"preferredContactTime":"EVENING"}""");
        assertThat(registered).hasStatus(HttpStatus.CREATED);
        assertThat(registered)
                .bodyJson()
                .extractingPath("$.preferredContactTime")
                .isEqualTo("EVENING");
        long id = idOf(registered);
        assertThat(get("/api/v1/customers/" + id, "advisor"))
                .bodyJson()
                .extractingPath("$.preferredContactTime")
                .isEqualTo("EVENING");

        MvcTestResult unknown = put("/api/v1/customers/" + id, """
                {"kind":"PERSON","name":"时段接口","mobiles":["19811119990"],"preferredContactTime":"NIGHT_OWL"}""");
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("preferredContactTime");

        MvcTestResult anyTime = put("/api/v1/customers/" + id, """
                {"kind":"PERSON","name":"时段接口","mobiles":["19811119990"]}""");
        assertThat(anyTime).hasStatusOk();
        assertThat(anyTime).bodyJson().extractingPath("$.preferredContactTime").isEqualTo("ANY");
        assertThat(JdbcClient.create(owner)
                        .sql("SELECT preferred_contact_time IS NULL FROM customer.customer WHERE id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .as("any time is stored as no preference")
                .isTrue();
    }

    @Test
    void aValidCustomerAndVehicleAreRegistered() {
        long ownerId = registerCustomer("19811113333");
        MvcTestResult vehicle = post("/api/v1/vehicles", "advisor", """
                {"ownerId":%d,"vin":" lvgce40k6hp765432 ","plate":"沪A·D2345 ","kilometres":12000}""".formatted(ownerId));
        assertThat(vehicle).hasStatus(HttpStatus.CREATED);
        assertThat(vehicle).bodyJson().extractingPath("$.vin").isEqualTo("LVGCE40K6HP765432");
        assertThat(vehicle).bodyJson().extractingPath("$.plate").isEqualTo("沪AD2345");
    }

    @Test
    void aSecondCustomerOnTheSameMobileIsAPossibleDuplicate() {
        long first = registerCustomer("19811114444");
        MvcTestResult second = post("/api/v1/customers", "advisor", """
                {"kind":"PERSON","name":"同号客户","mobiles":["19811114444"]}""");
        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        assertThat(second).bodyJson().extractingPath("$.existing").asArray().containsExactly((int) first);
        assertThat(post("/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                        {"kind":"PERSON","name":"同号客户","mobiles":["19811114444"]}"""))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aTechnicianSeesNumbersMaskedAndAnAdvisorsViewIsAudited() {
        long id = registerCustomer("19811115555");
        assertThat(get("/api/v1/customers/" + id, "technician"))
                .bodyJson()
                .extractingPath("$.mobiles[0]")
                .isEqualTo("198****5555");
        long auditedBefore = viewsAudited(id);
        assertThat(get("/api/v1/customers/" + id, "advisor"))
                .bodyJson()
                .extractingPath("$.mobiles[0]")
                .isEqualTo("+8619811115555");
        assertThat(viewsAudited(id)).isEqualTo(auditedBefore + 1);
    }

    @Test
    void theOdometerNeverGoesBackwardsUnlessTheMeterWasReplaced() {
        long ownerId = registerCustomer("19811116666");
        long vehicleId = JdbcClient.create(owner)
                .sql("SELECT id FROM vehicle.vehicle WHERE vin = 'LFMAE40K4GP654321' AND dealer_id = 1")
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    post("/api/v1/vehicles", "advisor", """
                            {"ownerId":%d,"vin":"LFMAE40K4GP654321","kilometres":50000}""".formatted(ownerId));
                    return JdbcClient.create(owner)
                            .sql("SELECT id FROM vehicle.vehicle WHERE vin = 'LFMAE40K4GP654321' AND dealer_id = 1")
                            .query(Long.class)
                            .single();
                });
        MvcTestResult backwards =
                post("/api/v1/vehicles/" + vehicleId + "/odometer-readings", "advisor", "{\"kilometres\":400}");
        assertThat(backwards).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(backwards).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kilometres");
        assertThat(post(
                        "/api/v1/vehicles/" + vehicleId + "/odometer-readings",
                        "advisor",
                        "{\"kilometres\":400,\"meterReplaced\":true}"))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aVehicleChangesOwnerAndKeepsItsHistory() {
        long first = registerCustomer("19811117777");
        long second = registerCustomer("19811118888");
        MvcTestResult vehicle = post("/api/v1/vehicles", "advisor", """
                {"ownerId":%d,"vin":"LFMJE40K9GP111112"}""".formatted(first));
        assertThat(vehicle).hasStatus(HttpStatus.CREATED);
        long vehicleId = idOf(vehicle);
        assertThat(post(
                        "/api/v1/vehicles/" + vehicleId + "/transfer",
                        "advisor",
                        "{\"newOwnerId\":%d,\"reason\":\"SOLD\"}".formatted(second)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.ownerId")
                .asNumber()
                .isEqualTo((int) second);
        assertThat(get("/api/v1/vehicles/" + vehicleId + "/ownerships", "advisor"))
                .bodyJson()
                .extractingPath("$[*].customerId")
                .asArray()
                .containsExactly((int) second, (int) first);
    }

    @Test
    void theConsentsOfAnotherDealersCustomerAreNotFoundLikeTheCustomer() {
        long customer = registerCustomer("19811117777");
        assertThat(get("/api/v1/customers/" + customer + "/consents", "advisor"))
                .hasStatusOk();

        assertThat(get("/api/v1/customers/" + customer + "/consents", "d2.advisor"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/customers/" + Long.MAX_VALUE + "/consents", "advisor"))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private long registerCustomer(String mobile) {
        MvcTestResult result = post("/api/v1/customers?confirmNotADuplicate=true", "advisor", """
                {"kind":"PERSON","name":"接口测试","gender":"MALE","mobiles":["%s"]}""".formatted(mobile));
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return idOf(result);
    }

    private static long idOf(MvcTestResult created) {
        String body =
                new String(created.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.id")).longValue();
    }

    private long viewsAudited(long customerId) {
        return JdbcClient.create(owner)
                .sql("""
                        SELECT count(*) FROM audit.audit_event
                        WHERE action = 'READ' AND entity_id = :id AND (details ->> 'whole')::boolean""")
                .param("id", String.valueOf(customerId))
                .query(Long.class)
                .single();
    }

    private MvcTestResult post(String uri, String user, String json) {
        return DemoAccounts.post(mvc, uri, user, json);
    }

    private MvcTestResult put(String uri, String json) {
        return mvc.put()
                .uri(uri)
                .header("Authorization", DemoAccounts.bearer(mvc, "advisor"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .exchange();
    }

    private MvcTestResult get(String uri, String user) {
        return DemoAccounts.get(mvc, uri, user);
    }
}

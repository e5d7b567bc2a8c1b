package shinrai.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import shinrai.CustomersWithCars;
import shinrai.HttpApi;
import shinrai.HttpApi.Answer;
import shinrai.customer.CustomerBook;
import shinrai.shared.DealerScope;
import shinrai.vehicle.VehicleRegister;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated bad input against every API endpoint that takes a JSON body: one property at a time replaced by
 * something hostile (a NUL, half an emoji, 100,000 characters, the wrong type, a date no one books, an unknown enum
 * value, a null in a list), an unknown property added, a required one left out, or the JSON cut short. Whatever
 * comes, the answer is never a 5xx; a refusal is a problem document, and a 400 names the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputFuzzTest {

    /** Sixty per endpoint each build; {@code -Dfuzz.cases=5000} soaks the endpoints before a release. */
    private static final int CASES_PER_ENDPOINT = Integer.getInteger("fuzz.cases", 60);

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CustomerBook customers;

    @Autowired
    VehicleRegister vehicles;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    HttpApi api;
    CustomersWithCars.Registered car;
    String carVin;
    long company;

    /**
     * An endpoint, who calls it, and a body it would accept; {@code pattern} names its mapping where a path variable
     * is not a number (a type of work, a level).
     */
    record Endpoint(String method, String path, String caller, Map<String, Object> validBody, String pattern) {
        Endpoint(String method, String path, String caller, Map<String, Object> validBody) {
            this(method, path, caller, validBody, path.replaceAll("/\\d+", "/{id}"));
        }

        String key() {
            return method + " " + pattern;
        }
    }

    @BeforeEach
    void registerACar() {
        api = new HttpApi(port);
        Random random = new Random();
        carVin = CustomersWithCars.withCheckDigit("LFV2A21K" + String.format("%09d", random.nextInt(999999999)));
        car = new CustomersWithCars(customers, vehicles)
                .register(
                        DealerScope.systemFor(1),
                        "模糊测试",
                        null,
                        "137" + (10000000 + random.nextInt(89999999)),
                        "",
                        carVin,
                        "沪C" + String.format("%05d", random.nextInt(99999)));
        company = api.send(
                        "POST",
                        "/api/v1/customers?confirmNotADuplicate=true",
                        "{\"kind\":\"COMPANY\",\"name\":\"模糊测试车队\"}",
                        "advisor")
                .json()
                .get("id")
                .asLong();
    }

    List<Endpoint> endpoints() {
        String RO = "/api/v1/repair-orders/999999";
        String CP = "/api/v1/complaints/999999";
        long c = car.customerId();
        long v = car.vehicleId();
        Map<String, Object> contact = body(
                "name",
                "司机",
                "role",
                "driver",
                "mobile",
                "13700000003",
                "email",
                "d@b.cn",
                "notes",
                "",
                "primary",
                false);
        return List.of(
                new Endpoint("POST", "/api/v1/auth/token", "", body("username", "fuzz.nobody", "password", "x")),
                new Endpoint(
                        "POST",
                        "/api/v1/customers",
                        "advisor",
                        body(
                                "kind",
                                "PERSON",
                                "name",
                                "测试客户",
                                "surname",
                                "测",
                                "gender",
                                "MALE",
                                "birthday",
                                "1990-05-01",
                                "mobiles",
                                List.of("13700000001"),
                                "otherPhones",
                                List.of("021-55550000"),
                                "email",
                                "a@b.cn",
                                "wechatId",
                                "wx",
                                "address",
                                "上海",
                                "idCardNumber",
                                "",
                                "source",
                                "WALK_IN",
                                "tags",
                                List.of("vip"),
                                "notes",
                                "n")),
                new Endpoint(
                        "PUT",
                        "/api/v1/customers/" + c,
                        "advisor",
                        body("kind", "PERSON", "name", "模糊测试", "mobiles", List.of("13700000002"), "notes", "n")),
                new Endpoint(
                        "POST",
                        "/api/v1/customers/" + c + "/consents",
                        "advisor",
                        body("channel", "SMS", "granted", true, "method", "VERBAL", "note", "电话确认")),
                new Endpoint("POST", "/api/v1/customers/" + company + "/contacts", "advisor", contact),
                new Endpoint("PUT", "/api/v1/customers/" + company + "/contacts/999999", "advisor", contact),
                new Endpoint(
                        "POST",
                        "/api/v1/vehicles",
                        "advisor",
                        body(
                                "ownerId",
                                c,
                                "vin",
                                newVin(),
                                "plate",
                                null,
                                "brand",
                                "丰田",
                                "series",
                                "卡罗拉",
                                "modelName",
                                "1.8L",
                                "modelYear",
                                2022,
                                "colour",
                                "白",
                                "engineNumber",
                                "E1",
                                "purchaseDate",
                                "2022-01-01",
                                "warrantyStart",
                                "2022-01-01",
                                "insuranceCompany",
                                "平安",
                                "insuranceExpiry",
                                "2027-01-01",
                                "kilometres",
                                1000)),
                new Endpoint(
                        "PUT",
                        "/api/v1/vehicles/" + v,
                        "advisor",
                        body("vin", carVin, "brand", "丰田", "series", "卡罗拉", "modelYear", 2022)),
                new Endpoint(
                        "POST",
                        "/api/v1/vehicles/" + v + "/odometer-readings",
                        "advisor",
                        body("kilometres", 5000, "readAt", "2026-11-30T02:00:00Z", "meterReplaced", false)),
                new Endpoint(
                        "POST",
                        "/api/v1/vehicles/" + v + "/transfer",
                        "advisor",
                        body("newOwnerId", c, "reason", "SOLD")),
                new Endpoint(
                        "POST",
                        "/api/v1/appointments",
                        "advisor",
                        body(
                                "customerId",
                                c,
                                "vehicleId",
                                v,
                                "day",
                                "2026-12-20",
                                "time",
                                "09:00",
                                "advisorId",
                                null,
                                "services",
                                List.of("ROUTINE_MAINTENANCE"),
                                "description",
                                "保养",
                                "transport",
                                "WAIT",
                                "channel",
                                "PHONE",
                                "consentToMessages",
                                false)),
                new Endpoint(
                        "POST",
                        "/api/v1/appointments/999999/reschedule",
                        "advisor",
                        body("day", "2026-12-21", "time", "10:00", "advisorId", null)),
                new Endpoint("POST", "/api/v1/appointments/999999/cancellation", "advisor", body("reason", "客户改期")),
                new Endpoint(
                        "PUT",
                        "/api/v1/appointments/999999/preparation",
                        "advisor",
                        body("technicianId", null, "partsNote", "机油滤芯已备")),
                new Endpoint(
                        "POST",
                        "/api/v1/receptions",
                        "advisor",
                        body(
                                "vehicleId",
                                v,
                                "customerWords",
                                "刹车有异响",
                                "kilometres",
                                6000,
                                "meterReplaced",
                                false,
                                "fuelEighths",
                                4,
                                "valuables",
                                "",
                                "damage",
                                List.of(body("x", 0.5, "y", 0.5, "kind", "SCRATCH", "note", "")),
                                "seatCover",
                                true,
                                "floorMat",
                                true,
                                "steeringWheelCover",
                                true)),
                new Endpoint("POST", RO + "/diagnosis", "advisor", body("version", 0, "diagnosis", "异响")),
                new Endpoint(
                        "POST",
                        RO + "/lines",
                        "advisor",
                        body(
                                "version",
                                0,
                                "kind",
                                "PART",
                                "payer",
                                "CUSTOMER",
                                "operationCode",
                                null,
                                "partNumber",
                                "90915-YZZD2",
                                "quantity",
                                1.5,
                                "description",
                                null,
                                "price",
                                null,
                                "reason",
                                "渗油")),
                new Endpoint(
                        "POST", RO + "/estimate", "advisor", body("version", 0, "promisedAt", "2026-12-20T08:00:00Z")),
                new Endpoint(
                        "POST",
                        RO + "/approvals",
                        "advisor",
                        body(
                                "version",
                                0,
                                "method",
                                "PHONE_CALL",
                                "approvedByName",
                                "王",
                                "phone",
                                "13800000000",
                                "signaturePng",
                                null,
                                "declinedLines",
                                List.of(2))),
                new Endpoint(
                        "POST", RO + "/jobs/1/dispatch", "foreman", body("version", 0, "technicianId", 1, "bayId", 1)),
                new Endpoint("POST", RO + "/jobs/1/bay", "foreman", body("version", 0, "bayId", 1)),
                new Endpoint("POST", RO + "/jobs/1/clock-on", "technician", body("version", 0)),
                new Endpoint(
                        "POST",
                        RO + "/jobs/1/clock-off",
                        "technician",
                        body("version", 0, "pauseReason", "END_OF_SHIFT")),
                new Endpoint(
                        "POST",
                        RO + "/checks",
                        "inspector",
                        body(
                                "version",
                                0,
                                "level",
                                "FINAL",
                                "passed",
                                false,
                                "notes",
                                "渗油",
                                "reworkLines",
                                List.of(1),
                                "items",
                                List.of(Map.of("item", "MAINTENANCE.filterNoLeak", "ok", false, "note", "滤清器渗油")))),
                new Endpoint(
                        "POST",
                        RO + "/clean-up",
                        "advisor",
                        body("version", 0, "washed", true, "interiorCleaned", false)),
                new Endpoint(
                        "POST",
                        RO + "/delivery",
                        "advisor",
                        body(
                                "version",
                                0,
                                "billExplained",
                                true,
                                "oldPartsOffered",
                                true,
                                "advisorRating",
                                5,
                                "technicianRating",
                                4)),
                new Endpoint(
                        "POST",
                        RO + "/payments",
                        "cashier",
                        body("version", 0, "method", "CASH", "amount", 10.5, "reference", "")),
                new Endpoint("POST", RO + "/settlement", "cashier", body("version", 0)),
                new Endpoint("POST", RO + "/progress-link", "advisor", body("send", true)),
                new Endpoint("POST", RO + "/supplement-link", "advisor", body("send", false)),
                new Endpoint(
                        "POST",
                        RO + "/discounts",
                        "advisor",
                        body("version", 0, "scope", "PARTS", "percent", 5, "amount", null, "reason", "会员")),
                new Endpoint("POST", RO + "/discounts/1/decision", "manager", body("version", 0, "approve", true)),
                new Endpoint(
                        "PUT",
                        "/api/v1/workshop-terms",
                        "d2.admin",
                        body(
                                "comebackDays",
                                30,
                                "comebackKm",
                                3000,
                                "discountLimitPercent",
                                10,
                                "vatRatePercent",
                                13,
                                "serviceIntervalMonths",
                                6,
                                "serviceIntervalKm",
                                5000)),
                new Endpoint(
                        "POST",
                        "/api/v1/follow-ups/1/outcome",
                        "relations",
                        body("version", 0, "outcome", "REACHED", "note", "客户满意")),
                new Endpoint("POST", "/api/v1/follow-ups/1/assignee", "manager", body("version", 0, "agent", null)),
                new Endpoint(
                        "POST",
                        "/api/v1/surveys/calls/1/response",
                        "relations",
                        body(
                                "version",
                                0,
                                "note",
                                "满意",
                                "answers",
                                List.of(body("question", "IN_APPOINTMENT", "score", 9, "text", null)))),
                new Endpoint(
                        "POST",
                        "/api/v1/surveys/questionnaires",
                        "manager",
                        body(
                                "code",
                                "QUICK",
                                "nameZh",
                                "快速问卷",
                                "nameEn",
                                "Quick survey",
                                "questions",
                                List.of(body(
                                        "key",
                                        "OVERALL",
                                        "kind",
                                        "SCALE",
                                        "textZh",
                                        "总体满意度",
                                        "textEn",
                                        "Overall satisfaction",
                                        "scaleMax",
                                        5,
                                        "lowZh",
                                        "很差",
                                        "lowEn",
                                        "Poor",
                                        "highZh",
                                        "很好",
                                        "highEn",
                                        "Excellent",
                                        "required",
                                        true)))),
                new Endpoint(
                        "POST",
                        "/api/v1/network/surveys/questionnaires",
                        "network",
                        body(
                                "code",
                                "BRAND_QUICK",
                                "nameZh",
                                "品牌快速问卷",
                                "nameEn",
                                "Brand quick survey",
                                "questions",
                                List.of(body(
                                        "key",
                                        "OVERALL",
                                        "kind",
                                        "CHOICE",
                                        "textZh",
                                        "总体满意吗？",
                                        "textEn",
                                        "Satisfied overall?",
                                        "options",
                                        List.of(
                                                body("key", "YES", "labelZh", "是", "labelEn", "Yes"),
                                                body("key", "NO", "labelZh", "否", "labelEn", "No")))))),
                new Endpoint(
                        "PUT",
                        "/api/v1/surveys/settings",
                        "manager",
                        body(
                                "questionnaire",
                                "CSI",
                                "weights",
                                body("initiation", 17, "advisor", 18, "facility", 21, "pickUp", 20, "quality", 24))),
                new Endpoint(
                        "PUT",
                        "/api/v1/follow-up-terms",
                        "d2.admin",
                        body("earliestDay", 1, "latestDay", 3, "maxAttempts", 3, "script", "您好")),
                new Endpoint(
                        "POST",
                        "/api/v1/complaints",
                        "relations",
                        body(
                                "source",
                                "PHONE",
                                "category",
                                "WAITING_TIME",
                                "severity",
                                "HIGH",
                                "customerWords",
                                "等太久了",
                                "customer",
                                c,
                                "vehicle",
                                v,
                                "repairOrder",
                                null,
                                "owner",
                                null)),
                new Endpoint(
                        "POST",
                        "/api/v1/network/complaints",
                        "network",
                        body(
                                "dealer",
                                1,
                                "repairOrder",
                                999999,
                                "category",
                                "REPAIR_QUALITY",
                                "severity",
                                "HIGH",
                                "customerWords",
                                "热线来电")),
                new Endpoint("POST", CP + "/owner", "manager", body("version", 0, "owner", 1)),
                new Endpoint(
                        "POST",
                        CP + "/classification",
                        "relations",
                        body("version", 0, "category", "OTHER", "severity", "LOW")),
                new Endpoint(
                        "POST",
                        CP + "/contacts",
                        "relations",
                        body("version", 0, "channel", "PHONE", "said", "已回电", "contactedAt", "2026-12-01T02:00:00Z")),
                new Endpoint(
                        "POST", CP + "/response", "relations", body("version", 0, "channel", "PHONE", "said", "您好")),
                new Endpoint(
                        "POST",
                        CP + "/resolution",
                        "relations",
                        body("version", 0, "rootCause", "漏装", "correctiveAction", "补装")),
                new Endpoint(
                        "POST",
                        CP + "/confirmation",
                        "relations",
                        body("version", 0, "method", "PHONE", "confirmedAt", null, "note", "满意")),
                new Endpoint("POST", CP + "/closing", "relations", body("version", 0)),
                new Endpoint("POST", CP + "/reopening", "relations", body("version", 0, "reason", "又坏了")),
                new Endpoint(
                        "POST",
                        CP + "/goodwill",
                        "relations",
                        body("version", 0, "kind", "VOUCHER", "amount", 100.5, "description", "代金券")),
                new Endpoint("POST", CP + "/goodwill/1/decision", "manager", body("version", 0, "approve", true)),
                new Endpoint(
                        "PUT",
                        "/api/v1/complaint-terms",
                        "d2.admin",
                        body(
                                "criticalResponseHours",
                                2,
                                "criticalResolutionHours",
                                24,
                                "highResponseHours",
                                4,
                                "highResolutionHours",
                                72,
                                "mediumResponseHours",
                                24,
                                "mediumResolutionHours",
                                168,
                                "lowResponseHours",
                                48,
                                "lowResolutionHours",
                                336,
                                "goodwillLimit",
                                500,
                                "satisfactionAtMost",
                                2,
                                "choices",
                                List.of("wouldNotReturn"),
                                "ratingAtMost",
                                2)),
                new Endpoint(
                        "PUT",
                        "/api/v1/workshop/checklists/BODY_AND_PAINT/FINAL",
                        "d2.admin",
                        body(
                                "items",
                                List.of(
                                        body("key", "panelGaps", "text", "板件间隙均匀", "active", true),
                                        body("key", "polished", "text", null, "active", false))),
                        "/api/v1/workshop/checklists/{id}/{id}"),
                new Endpoint(
                        "PUT",
                        "/api/v1/parts/99990001",
                        "parts",
                        body("name", "模糊件", "unit", "个", "retailPrice", 12.5, "supersededBy", null)),
                new Endpoint("POST", "/api/v1/workshop/bays", "d2.admin", body("name", "模糊工位", "kind", "BODY")),
                new Endpoint(
                        "PUT",
                        "/api/v1/workshop/bays/999999",
                        "d2.admin",
                        body("name", "模糊工位", "kind", "PAINT_BOOTH", "active", true, "position", 2)),
                new Endpoint(
                        "PUT",
                        "/api/v1/labour-operations/9001",
                        "d2.admin",
                        body("name", "模糊工时", "workType", "MECHANICAL", "standardHours", 1.5, "active", true)),
                new Endpoint(
                        "POST",
                        "/api/v1/staff",
                        "admin",
                        body(
                                "username",
                                "fuzz.cashier",
                                "displayName",
                                "收银",
                                "password",
                                "a-long-passphrase-42",
                                "roles",
                                List.of("CASHIER"))));
    }

    @Test
    void everyEndpointThatTakesABodyIsFuzzed() {
        Set<String> fuzzed = new TreeSet<>();
        endpoints().forEach(endpoint -> fuzzed.add(endpoint.key()));
        Set<String> takingBodies = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean takesJson = java.util.Arrays.stream(method.getMethodParameters())
                    .anyMatch(p -> p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class));
            if (!takesJson) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    takingBodies.add(verb.name() + " " + pattern.replaceAll("\\{[^}]+}", "{id}"));
                }
            }
        });
        assertThat(fuzzed).containsAll(takingBodies);
    }

    @Test
    void noGeneratedBadInputEndsInAServerError() {
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            // jqwik's own random source (outside a property, samples are drawn fresh each run); a failure prints
            // the exact body, so it can be replayed by hand
            for (Mutation mutation :
                    mutations().sampleStream().limit(CASES_PER_ENDPOINT).toList()) {
                String body = mutation.apply(endpoint.validBody());
                Answer answer = api.send(
                        endpoint.method(),
                        endpoint.path(),
                        body,
                        endpoint.caller().isEmpty() ? null : endpoint.caller());
                String problem = judge(answer, mutation, endpoint.validBody());
                if (problem != null) {
                    failures.add(endpoint.key() + " with " + mutation + ": " + problem + " <- " + abbreviate(body)
                            + " -> " + abbreviate(answer.body()));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String judge(Answer answer, Mutation mutation, Map<String, Object> valid) {
        if (answer.status() >= 500) {
            return "status " + answer.status();
        }
        if (answer.status() < 400) {
            return null;
        }
        if (!answer.isProblem()) {
            return "not a problem document (" + answer.contentType() + ")";
        }
        if (answer.status() == 400 && answer.fields().isEmpty()) {
            return "a 400 that names no field";
        }
        String property = mutation.property(valid);
        // A value of the wrong kind (text for a number) or an unknown property must be refused under its own
        // name; a well-formed value may break a rule that names the rule's field ("covers" for a missing cover).
        if (answer.status() == 400 && property != null && mutation.breaksTheShape(valid)) {
            boolean named = answer.fields().stream()
                    .anyMatch(field -> field.startsWith(property) || property.startsWith(field));
            if (!named) {
                return "the refusal names " + answer.fields() + ", not " + property;
            }
        }
        return null;
    }

    // --- the mutations -------------------------------------------------------------------------------------------

    /** One change to a valid body. */
    sealed interface Mutation permits Replaced, Added, Removed, CutShort {
        String apply(Map<String, Object> valid);

        /** The property changed, if one was. */
        default String property(Map<String, Object> valid) {
            return null;
        }

        /** Whether the change gives a property that does not exist or a value of another JSON kind. */
        default boolean breaksTheShape(Map<String, Object> valid) {
            return false;
        }
    }

    /** A property's value replaced by a hostile one (the property picked by position among those present). */
    record Replaced(int position, Object value) implements Mutation {
        @Override
        public String apply(Map<String, Object> valid) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(property(valid), value);
            return write(body);
        }

        @Override
        public String property(Map<String, Object> valid) {
            List<String> names = new ArrayList<>(valid.keySet());
            return names.get(position % names.size());
        }

        @Override
        public boolean breaksTheShape(Map<String, Object> valid) {
            Object before = valid.get(property(valid));
            return value != null && before != null && kind(value) != kind(before);
        }

        private static Class<?> kind(Object value) {
            if (value instanceof Number) {
                return Number.class;
            }
            if (value instanceof java.util.Collection) {
                return List.class;
            }
            return value instanceof Map ? Map.class : value.getClass();
        }

        @Override
        public String toString() {
            return "Replaced[#" + position + " = " + abbreviate(String.valueOf(value)) + "]";
        }
    }

    record Added(String name) implements Mutation {
        @Override
        public String apply(Map<String, Object> valid) {
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.put(name, "x");
            return write(body);
        }

        @Override
        public String property(Map<String, Object> valid) {
            return name;
        }

        @Override
        public boolean breaksTheShape(Map<String, Object> valid) {
            return true;
        }
    }

    record Removed(int position) implements Mutation {
        @Override
        public String apply(Map<String, Object> valid) {
            List<String> names = new ArrayList<>(valid.keySet());
            Map<String, Object> body = new LinkedHashMap<>(valid);
            body.remove(names.get(position % names.size()));
            return write(body);
        }
    }

    record CutShort(int keep) implements Mutation {
        @Override
        public String apply(Map<String, Object> valid) {
            String whole = json.writeValueAsString(valid);
            return whole.substring(0, Math.min(keep, whole.length() - 1));
        }
    }

    static Arbitrary<Mutation> mutations() {
        Arbitrary<Object> hostile = Arbitraries.oneOf(
                Arbitraries.of(
                                "\u0000",
                                "a\u0000b",
                                "\ud800",
                                "x\udc00",
                                "+999999999-12-31",
                                "2026-02-30",
                                "-0001-01-01",
                                "ROBOT",
                                "",
                                " ",
                                "9223372036854775808",
                                "<script>alert(1)</script>",
                                "'; DROP TABLE customer.customer; --")
                        .map(value -> (Object) value),
                Arbitraries.strings()
                        .ofMinLength(201)
                        .ofMaxLength(100_000)
                        .withChars("王x ")
                        .map(v -> (Object) v),
                Arbitraries.strings().ofMaxLength(50).map(v -> (Object) v),
                Arbitraries.of(
                                45.9,
                                1.5,
                                -1,
                                0,
                                Long.MAX_VALUE,
                                Long.MIN_VALUE,
                                1e308,
                                true,
                                false,
                                631152000L,
                                99999999999L)
                        .map(value -> (Object) value),
                Arbitraries.of(
                                List.of(),
                                java.util.Collections.singletonList(null),
                                List.of(42),
                                List.of(List.of()),
                                Map.of(),
                                Map.of("x", 1))
                        .map(value -> (Object) value),
                Arbitraries.just(null));
        Arbitrary<Mutation> replaced = Combinators.combine(
                        Arbitraries.integers().between(0, 40), hostile)
                .as(Replaced::new);
        Arbitrary<Mutation> added = Arbitraries.of("mobile", "id", "dealerId", "status", "__proto__", "Name")
                .map(Added::new);
        Arbitrary<Mutation> removed = Arbitraries.integers().between(0, 40).map(Removed::new);
        Arbitrary<Mutation> cut = Arbitraries.integers().between(0, 80).map(CutShort::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, replaced),
                net.jqwik.api.Tuple.of(1, added),
                net.jqwik.api.Tuple.of(1, removed),
                net.jqwik.api.Tuple.of(1, cut));
    }

    private static String newVin() {
        return CustomersWithCars.withCheckDigit("LSVAU218" + String.format("%09d", new Random().nextInt(999999999)));
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    /** JSON text with half-emoji characters written as the escapes a careless client would send. */
    private static String write(Map<String, Object> body) {
        String text = json.writeValueAsString(body);
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                escaped.append(String.format("\\u%04x", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…(" + text.length() + " chars)";
    }
}

package shinrai.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;

/**
 * A batch goes in as a few statements, with the results it would have line by line: lines of one batch match each
 * other as they would match customers and vehicles on file, and a batch the database refuses is done again line by
 * line, losing only the refused line. Each test uses its own names, mobiles and VINs.
 */
@ApplicationTest
class ImportBatchTest {

    static final DealerScope D002 = new DealerScope(null, "batch.test", 2L, 1L);

    /** Every field an import knows, in this column order. */
    static final List<ImportField> COLUMNS = List.of(
            ImportField.NAME,
            ImportField.KIND,
            ImportField.MOBILE,
            ImportField.SECOND_MOBILE,
            ImportField.OTHER_PHONE,
            ImportField.GENDER,
            ImportField.BIRTHDAY,
            ImportField.EMAIL,
            ImportField.WECHAT,
            ImportField.ADDRESS,
            ImportField.ID_CARD,
            ImportField.TAGS,
            ImportField.NOTES,
            ImportField.VIN,
            ImportField.PLATE,
            ImportField.BRAND,
            ImportField.SERIES,
            ImportField.MODEL,
            ImportField.MODEL_YEAR,
            ImportField.COLOUR,
            ImportField.ENGINE_NUMBER,
            ImportField.PURCHASE_DATE,
            ImportField.INSURANCE_COMPANY,
            ImportField.INSURANCE_EXPIRY,
            ImportField.KILOMETRES);

    @Autowired
    CustomerImport imports;

    @Autowired
    @SchemaOwner
    DataSource owner;

    /**
     * Every rule Shinrai knows is checked before a batch is written, so to see the database refuse a line the test
     * gives it a rule of its own, as a DBA might: no customer named 拒收….
     */
    @BeforeEach
    void theDatabaseRefusesCustomersNamedRefused() {
        JdbcClient.create(owner).sql("""
                CREATE OR REPLACE FUNCTION customer.refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.name LIKE '拒收%' THEN
                        RAISE EXCEPTION 'refused by a rule of the database' USING ERRCODE = 'check_violation';
                    END IF;
                    RETURN NEW;
                END $$;
                DROP TRIGGER IF EXISTS refuse_for_test ON customer.customer;
                CREATE TRIGGER refuse_for_test BEFORE INSERT ON customer.customer
                    FOR EACH ROW EXECUTE FUNCTION customer.refuse_for_test();
                """).update();
    }

    @AfterEach
    void theDatabaseRulesAreShinraisOwnAgain() {
        JdbcClient.create(owner)
                .sql("DROP TRIGGER IF EXISTS refuse_for_test ON customer.customer")
                .update();
    }

    @Test
    void linesOfOneBatchMatchEachOtherAsTheyWouldCustomersAndVehiclesOnFile() {
        byte[] file = csv(
                line("同批甲", "", "13911110001", "", "", vin(1)),
                line("同批甲二", "", "13911110001", "", "", vin(2)), // the same mobile: 同批甲
                line("同批乙", "", "13911110002", "", "", vin(1)), // the same VIN: 同批甲's car
                line("同批车行有限公司", "公司", "", "", "", vin(3)),
                line("同批车行有限公司", "公司", "", "", "", ""), // a company without mobile, by its name
                line("同批物流公司", "公司", "13911110003", "", "", ""),
                line("同批物流公司", "公司", "", "", "", "")); // found by name although created with a mobile

        ImportJob done = runToTheEnd(D002, file);
        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.customersCreated()).isEqualTo(4);
        assertThat(done.customersMatched()).isEqualTo(3);
        assertThat(done.vehiclesCreated()).isEqualTo(3);
        assertThat(done.vehiclesExisting()).isEqualTo(1);
        assertThat(done.failedRows()).isZero();
        assertThat(strings("SELECT name FROM customer.customer WHERE dealer_id = 2 AND name LIKE '同批%' ORDER BY id"))
                .containsExactly("同批甲", "同批乙", "同批车行有限公司", "同批物流公司");
        assertThat(strings("""
                        SELECT v.vin || ' ' || c.name FROM vehicle.vehicle v
                        JOIN customer.customer c ON c.dealer_id = v.dealer_id AND c.id = v.owner_id
                        WHERE v.dealer_id = 2 AND c.name LIKE '同批%' ORDER BY v.id""")).containsExactly(vin(1) + " 同批甲", vin(2) + " 同批甲", vin(3) + " 同批车行有限公司");

        ImportJob again = runToTheEnd(D002, file);
        assertThat(again.customersCreated()).isZero();
        assertThat(again.customersMatched()).isEqualTo(7);
        assertThat(again.vehiclesCreated()).isZero();
        assertThat(again.vehiclesExisting()).isEqualTo(4);
    }

    @Test
    void aNameLongerThanANameIsRefusedWithItsReasonNotAsADatabaseFailure() {
        ImportJob done = runToTheEnd(D002, csv(line("长".repeat(201), "", "13922220009", "", "", vin(19))));
        List<String> reasons = new ArrayList<>();
        D002.run(() -> imports.eachRefusal(
                done.id(),
                (line, cells, why) ->
                        why.forEach(reason -> reasons.add(line + ":" + reason.field() + ":" + reason.messageKey()))));
        assertThat(reasons).containsExactly("2:name:validation.text.tooLong");
    }

    @Test
    void aBatchTheDatabaseRefusesIsDoneAgainLineByLineLosingOnlyTheRefusedLines() {
        byte[] file = csv(
                line("重做甲", "", "13922220001", "", "", vin(11)),
                line("拒收重做", "", "13922220002", "", "", vin(12)), // refused by the database
                line("重做乙", "", "13922220003", "", "not-an-email", vin(13)), // refused by the customer book
                line("重做甲二", "", "13922220001", "", "", vin(14))); // still matches 重做甲

        ImportJob done = runToTheEnd(D002, file);
        assertThat(done.customersCreated()).isEqualTo(1);
        assertThat(done.customersMatched()).isEqualTo(1);
        assertThat(done.vehiclesCreated()).isEqualTo(2);
        assertThat(done.failedRows()).isEqualTo(2);
        List<String> reasons = new ArrayList<>();
        D002.run(() -> imports.eachRefusal(
                done.id(),
                (line, cells, why) ->
                        why.forEach(reason -> reasons.add(line + ":" + reason.field() + ":" + reason.messageKey()))));
        assertThat(reasons).containsExactly("3::import.error.lineFailed", "4:email:customer.error.email");
        assertThat(strings("SELECT vin FROM vehicle.vehicle WHERE dealer_id = 2 AND vin IN ('%s', '%s', '%s')"
                        .formatted(vin(12), vin(13), vin(14))))
                .containsExactly(vin(14));
    }

    /**
     * The same lines into two dealers: into D002 as one batch, into D001 with a line the database refuses, so that
     * batch is done line by line. Everything recorded, audit log included, is the same but for ids and times.
     */
    @Test
    void aBatchRecordsExactlyWhatLineByLineRecords() {
        List<String> lines = List.of(
                String.join(
                        ",",
                        "等价甲",
                        "",
                        "13933330001",
                        "13933330002",
                        "021-58886666",
                        "男",
                        "1980-05-06",
                        "jia@example.com",
                        "wx_jia",
                        "杭州市西湖区 1 号",
                        "11010519491231002X",
                        "\"VIP；老\"\"客\"\"户\\；{a,b}\"",
                        "爱喝茶",
                        vin(21),
                        "浙a·10001",
                        " 丰田 ",
                        "凯美瑞",
                        "2.0G",
                        "2022",
                        "白",
                        "eng001x",
                        "2022-03-15",
                        "平安",
                        "2025-03-14",
                        "\"12,000 km\""),
                line("等价甲二", "", "13933330002", "", "", vin(22)),
                line("等价乙", "", "13933330003", "", "", vin(21)),
                line("等价车行有限公司", "公司", "", "", "", vin(23)),
                line("等价车行有限公司", "公司", "", "", "", ""),
                line("等价物流公司", "公司", "13933330004", "", "", vin(24)),
                line("等价物流公司", "公司", "", "", "", ""),
                line("等价丙", "", "13933330005", "13933330005", "", vin(25))); // its landline is its mobile
        List<String> refused = List.of(line("拒收等价", "", "13933330009", "", "", vin(29)));

        // each import under its own name, which the audit log records
        ImportJob batch = runToTheEnd(new DealerScope(null, "same.batch", 2L, 1L), csv(lines.toArray(String[]::new)));
        ImportJob lineByLine = runToTheEnd(
                new DealerScope(null, "same.line.by.line", 1L, 1L),
                csv(Stream.concat(lines.stream(), refused.stream()).toArray(String[]::new)));

        assertThat(lineByLine.failedRows()).isOne();
        assertThat(batch.customersCreated()).isEqualTo(5).isEqualTo(lineByLine.customersCreated());
        assertThat(batch.customersMatched()).isEqualTo(3).isEqualTo(lineByLine.customersMatched());
        assertThat(batch.vehiclesCreated()).isEqualTo(5).isEqualTo(lineByLine.vehiclesCreated());
        assertThat(batch.vehiclesExisting()).isEqualTo(1).isEqualTo(lineByLine.vehiclesExisting());
        assertThat(recorded(2, "same.batch")).hasSize(60).isEqualTo(recorded(1, "same.line.by.line"));
    }

    /** Everything the import of names starting 等价 recorded in a dealer, without ids, dealers and times. */
    List<String> recorded(long dealer, String actor) {
        String customers = "SELECT id FROM customer.customer WHERE dealer_id = " + dealer + " AND name LIKE '等价%'";
        String vehicles = "SELECT id FROM vehicle.vehicle WHERE owner_id IN (" + customers + ")";
        return Stream.of(
                        "SELECT (to_jsonb(c) - 'id' - 'dealer_id' - 'created_at' - 'name_grams')::text"
                                + " FROM customer.customer c WHERE id IN (" + customers + ")",
                        "SELECT c.name || (to_jsonb(p) - 'dealer_id' - 'customer_id')::text FROM customer.phone p"
                                + " JOIN customer.customer c ON c.id = p.customer_id"
                                + " WHERE p.customer_id IN (" + customers + ")",
                        "SELECT c.name || (to_jsonb(t) - 'id' - 'dealer_id' - 'customer_id' - 'occurred_at')::text"
                                + " FROM customer.timeline_entry t JOIN customer.customer c ON c.id = t.customer_id"
                                + " WHERE t.customer_id IN (" + customers + ")",
                        "SELECT c.name || (to_jsonb(v) - 'id' - 'dealer_id' - 'owner_id' - 'created_at')::text"
                                + " FROM vehicle.vehicle v JOIN customer.customer c ON c.id = v.owner_id"
                                + " WHERE v.id IN (" + vehicles + ")",
                        "SELECT c.name || v.vin || (to_jsonb(o) - 'id' - 'dealer_id' - 'vehicle_id' - 'customer_id'"
                                + " - 'since')::text FROM vehicle.ownership o"
                                + " JOIN vehicle.vehicle v ON v.id = o.vehicle_id"
                                + " JOIN customer.customer c ON c.id = o.customer_id WHERE o.vehicle_id IN ("
                                + vehicles + ")",
                        "SELECT v.vin || (to_jsonb(r) - 'id' - 'dealer_id' - 'vehicle_id' - 'read_at')::text"
                                + " FROM vehicle.odometer_reading r JOIN vehicle.vehicle v ON v.id = r.vehicle_id"
                                + " WHERE r.vehicle_id IN (" + vehicles + ")",
                        "SELECT entity_type || action || (details - 'id' - 'dealer_id' - 'customer_id' - 'owner_id'"
                                + " - 'vehicle_id' - 'created_at' - 'since' - 'read_at')::text FROM audit.audit_event"
                                + " WHERE dealer_id = " + dealer + " AND actor_name = '" + actor + "'"
                                + " AND entity_type <> 'customer.import_job'")
                .flatMap(sql -> strings(sql).stream())
                .sorted()
                .toList();
    }

    /** A line with the given name, kind, mobile, other phone, e-mail and VIN; a car comes with its plate and more. */
    static String line(String name, String kind, String mobile, String otherPhone, String email, String vin) {
        Map<ImportField, String> cells = new HashMap<>();
        cells.put(ImportField.NAME, name);
        cells.put(ImportField.KIND, kind);
        cells.put(ImportField.MOBILE, mobile);
        cells.put(ImportField.OTHER_PHONE, otherPhone);
        cells.put(ImportField.EMAIL, email);
        if (!vin.isEmpty()) {
            cells.put(ImportField.VIN, vin);
            cells.put(ImportField.PLATE, "浙C" + vin.substring(12));
            cells.put(ImportField.BRAND, "丰田");
            cells.put(ImportField.SERIES, "卡罗拉");
            cells.put(ImportField.KILOMETRES, vin.endsWith("2") ? "" : "3000");
        }
        return COLUMNS.stream().map(field -> cells.getOrDefault(field, "")).collect(Collectors.joining(","));
    }

    static byte[] csv(String... lines) {
        return (COLUMNS.stream().map(Enum::name).collect(Collectors.joining(",")) + "\n" + String.join("\n", lines)
                        + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    ImportJob runToTheEnd(DealerScope scope, byte[] file) {
        Map<Integer, ImportField> mapping = new HashMap<>();
        for (int column = 0; column < COLUMNS.size(); column++) {
            mapping.put(column, COLUMNS.get(column));
        }
        ImportJob uploaded = scope.call(() -> imports.upload("batch.csv", new ByteArrayInputStream(file)));
        scope.run(() -> imports.start(uploaded.id(), mapping));
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> scope.call(() -> imports.job(uploaded.id())).finished());
        return scope.call(() -> imports.job(uploaded.id()));
    }

    List<String> strings(String sql) {
        return JdbcClient.create(owner).sql(sql).query(String.class).list();
    }

    static String vin(int i) {
        return CustomerImportTest.vin(900_000 + i);
    }
}

package shinrai.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.shared.DealerScope;
import shinrai.vehicle.Vin;

/**
 * An import takes every good line, reports every bad one with its reason, shows its progress, and importing the
 * same file again creates nothing twice. The lines are made up here, one in a hundred deliberately wrong.
 */
@ApplicationTest
class CustomerImportTest {

    static final DealerScope D002 = new DealerScope(null, "import.test", 2L, 1L);
    static final String HEADER = "客户姓名,手机号码,性别,车架号,车牌号码,品牌,车系,行驶里程,购车日期\n";

    @Autowired
    CustomerImport imports;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Test
    void takesTheGoodLinesReportsTheBadOnesAndNeverImportsTwice() throws IOException {
        int lines = 2_000;
        StringBuilder csv = new StringBuilder(HEADER);
        Set<Long> badLines = new TreeSet<>();
        for (int i = 0; i < lines; i++) {
            long line = i + 2; // the header is line 1
            String mobile = "1357%07d".formatted(i);
            String vin = vin(i);
            if (i % 100 == 7) { // one line in a hundred is wrong, each in its own way
                badLines.add(line);
                switch ((i / 100) % 4) {
                    case 0 -> mobile = "1357";
                    case 1 -> vin = vin.substring(0, 8) + (vin.charAt(8) == '1' ? '2' : '1') + vin.substring(9);
                    case 2 -> vin = vin.substring(0, 16);
                    default -> mobile = "";
                }
            }
            csv.append("导入客户")
                    .append(i)
                    .append(',')
                    .append(mobile)
                    .append(",男,")
                    .append(vin)
                    .append(",浙A")
                    .append("%05d".formatted(i))
                    .append(",丰田,卡罗拉,")
                    .append(1000 + i)
                    .append(",2021-06-")
                    .append(10 + i % 18)
                    .append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        ImportJob first = D002.call(() -> imports.upload("dms-export.csv", new ByteArrayInputStream(file)));
        assertThat(first.totalRows()).isEqualTo(lines);
        assertThat(first.mapping().values())
                .as("guessed from the Chinese headers")
                .contains(
                        ImportField.NAME,
                        ImportField.MOBILE,
                        ImportField.VIN,
                        ImportField.PLATE,
                        ImportField.KILOMETRES);
        ImportJob done = runToTheEnd(first);

        assertThat(done.status()).isEqualTo(ImportJob.Status.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.failedRows()).isEqualTo(badLines.size());
        assertThat(done.customersCreated()).isEqualTo(lines - badLines.size());
        assertThat(done.vehiclesCreated()).isEqualTo(lines - badLines.size());
        List<Long> reported = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        D002.run(() -> imports.eachRefusal(done.id(), (line, cells, why) -> {
            reported.add(line);
            why.forEach(reason -> reasons.add(reason.field() + ":" + reason.messageKey()));
        }));
        assertThat(reported).containsExactlyElementsOf(badLines);
        assertThat(reasons)
                .contains(
                        "MOBILE:mobile.error.invalid",
                        "vin:vin.error.checkDigit",
                        "vin:vin.error.length",
                        "MOBILE:customer.error.phoneRequired");
        assertThat(count("SELECT count(*) FROM customer.customer WHERE dealer_id = 2 AND name LIKE '导入客户%'"))
                .isEqualTo(lines - badLines.size());

        ImportJob again =
                runToTheEnd(D002.call(() -> imports.upload("dms-export.csv", new ByteArrayInputStream(file))));
        assertThat(again.customersCreated()).isZero();
        assertThat(again.vehiclesCreated()).isZero();
        assertThat(again.customersMatched()).isEqualTo(lines - badLines.size());
        assertThat(again.vehiclesExisting()).isEqualTo(lines - badLines.size());
        assertThat(count("SELECT count(*) FROM customer.customer WHERE dealer_id = 2 AND name LIKE '导入客户%'"))
                .as("no duplicates after importing the same file twice")
                .isEqualTo(lines - badLines.size());
    }

    @Test
    void theMappingIsRememberedForTheNextFileWithTheSameColumns() {
        byte[] file = ("车主,电话,备注列\n张三,13912340000,x\n").getBytes(StandardCharsets.UTF_8);
        ImportJob first = D002.call(() -> imports.upload("a.csv", new ByteArrayInputStream(file)));
        assertThat(first.mapping()).doesNotContainValue(ImportField.NOTES);
        D002.run(() -> imports.start(
                first.id(), java.util.Map.of(0, ImportField.NAME, 1, ImportField.MOBILE, 2, ImportField.NOTES)));
        ImportJob second = D002.call(() -> imports.upload("b.csv", new ByteArrayInputStream(file)));
        assertThat(second.mapping()).containsEntry(2, ImportField.NOTES);
    }

    @Test
    void thePreferredContactTimeIsReadInEitherLanguageAndAnUnknownOneIsReportedForItsLineAlone() {
        byte[] file = ("""
                        客户姓名,手机号码,方便联系时间
                        时段下午,13579990001,下午
                        时段晚上,13579990002,Evening (after 18:00)
                        时段半夜,13579990003,半夜
                        时段不限,13579990004,
                        """).getBytes(StandardCharsets.UTF_8);
        ImportJob uploaded = D002.call(() -> imports.upload("times.csv", new ByteArrayInputStream(file)));
        assertThat(uploaded.mapping()).containsEntry(2, ImportField.CONTACT_TIME);

        ImportJob done = runToTheEnd(uploaded);

        assertThat(done.customersCreated()).isEqualTo(3);
        assertThat(done.failedRows()).isEqualTo(1);
        List<String> refused = new ArrayList<>();
        D002.run(() -> imports.eachRefusal(
                done.id(),
                (line, cells, why) ->
                        why.forEach(reason -> refused.add(line + ":" + reason.field() + ":" + reason.messageKey()))));
        assertThat(refused).containsExactly("4:CONTACT_TIME:import.error.contactTime");
        assertThat(JdbcClient.create(owner).sql("""
                                SELECT name || '=' || coalesce(preferred_contact_time, '-') FROM customer.customer
                                WHERE dealer_id = 2 AND name LIKE '时段%' ORDER BY name""").query(String.class).list())
                .containsExactlyInAnyOrder("时段下午=AFTERNOON", "时段晚上=EVENING", "时段不限=-");
    }

    ImportJob runToTheEnd(ImportJob uploaded) {
        D002.run(() -> imports.start(uploaded.id(), uploaded.mapping()));
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> D002.call(() -> imports.job(uploaded.id())).finished());
        return D002.call(() -> imports.job(uploaded.id()));
    }

    long count(String sql) {
        return JdbcClient.create(owner).sql(sql).query(Long.class).single();
    }

    /** A valid VIN per line: a fixed plant code, the line number as serial, the check digit computed. */
    static String vin(int i) {
        String raw = "LFMAE42K0NP" + "%06d".formatted(i);
        return raw.substring(0, 8) + Vin.checkDigitFor(raw) + raw.substring(9);
    }
}

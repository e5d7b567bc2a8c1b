package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.DemoAccounts.signIn;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;
import shinrai.dealer.Role;
import shinrai.dealer.Staff;

/** Any search result goes to Excel: every match, translated headers, and a line in the audit log. */
@ApplicationTest
class CustomerExportTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @SchemaOwner
    DataSource owner;

    @Autowired
    CustomerBook book;

    @Autowired
    Staff staff;

    @Test
    void exportsEveryMatchNotJustTheFirstPage() throws Exception {
        int matching = 25; // more than the 20 the search box shows
        shinrai.shared.DealerScope.systemFor(1).run(() -> {
            for (int i = 0; i < matching; i++) {
                book.register(CustomerSearchTest.person("导出测试" + i, "1977777%04d".formatted(i)), true);
            }
        });

        MvcTestResult export = mvc.get()
                .uri("/customers/export.xlsx?q=导出测试")
                .session(signIn(mvc, "relations"))
                .exchange();
        assertThat(export).hasStatusOk();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("姓名 / 单位名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(matching);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(2).getStringCellValue()).startsWith("导出测试");
                    assertThat(row.getCell(5).getStringCellValue()).matches("1\\d{10}");
                }
            }
        }
        assertThat(JdbcClient.create(owner)
                        .sql(
                                "SELECT count(*) FROM audit.audit_event WHERE action = 'EXPORT' AND actor_name = 'relations'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theFileIsNamedWithTheDealersDateNotTheServers() {
        // UTC+14 and UTC-12 are always on different dates, so one of them is not on the server's date
        LocalDate serverDate = LocalDate.now();
        ZoneId zone = java.util.stream.Stream.of("Pacific/Kiritimati", "Etc/GMT+12")
                .map(ZoneId::of)
                .filter(z -> !LocalDate.now(z).equals(serverDate))
                .findFirst()
                .orElseThrow();
        JdbcClient owners = JdbcClient.create(owner);
        owners.sql("INSERT INTO dealer.network (code, name) VALUES ('EXPORT-TEST', '导出测试网络') ON CONFLICT DO NOTHING")
                .update();
        long dealer = owners.sql("""
                        INSERT INTO dealer.dealer (network_id, code, name, time_zone, labour_rate)
                        VALUES ((SELECT id FROM dealer.network WHERE code = 'EXPORT-TEST'), :code, '远方门店', :zone, 300)
                        RETURNING id""")
                .param("code", "EX" + (System.nanoTime() % 100_000))
                .param("zone", zone.getId())
                .query(Long.class)
                .single();
        String username = "export" + dealer;
        String password = "far-away-" + dealer + "-Ab";
        shinrai.shared.DealerScope.systemFor(dealer)
                .run(() -> staff.hire(new Staff.NewStaffMember(
                        username, "远方客服", password, java.util.Set.of(Role.CUSTOMER_RELATIONS))));
        MvcTestResult signedIn = mvc.perform(
                SecurityMockMvcRequestBuilders.formLogin().user(username).password(password));
        assertThat(signedIn).hasRedirectedUrl("/");

        MvcTestResult export = mvc.get()
                .uri("/customers/export.xlsx?q=王")
                .session((MockHttpSession) signedIn.getRequest().getSession(false))
                .exchange();

        assertThat(export).hasStatusOk();
        assertThat(java.net.URLDecoder.decode(
                        export.getResponse().getHeader("Content-Disposition"), java.nio.charset.StandardCharsets.UTF_8))
                .endsWith("-" + LocalDate.now(zone) + ".xlsx");
    }

    @Test
    void exportingNeedsThePermission() {
        assertThat(mvc.get()
                        .uri("/customers/export.xlsx?q=王")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}

package shinrai.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static shinrai.DemoAccounts.signIn;

import java.io.ByteArrayInputStream;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import shinrai.ApplicationTest;
import shinrai.database.SchemaOwner;

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
    void exportingNeedsThePermission() {
        assertThat(mvc.get()
                        .uri("/customers/export.xlsx?q=王")
                        .session(signIn(mvc, "advisor"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}

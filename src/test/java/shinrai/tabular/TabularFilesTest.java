package shinrai.tabular;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Customer lists as other dealer systems export them: CSV in UTF-8 or GBK with various delimiters, and Excel
 * workbooks; read row by row in bounded memory, whatever their size.
 */
class TabularFilesTest {

    static final Charset GBK = Charset.forName("GB18030");

    @TempDir
    Path folder;

    // CSV: encodings

    @Test
    void readsUtf8WithAByteOrderMark() throws IOException {
        Path file = write(
                "bom.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "姓名,车牌\n张伟,沪A12345\n", UTF_8));

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("姓名", "车牌");
        assertThat(read.rows()).containsExactly(new SourceRow(2, List.of("张伟", "沪A12345")));
    }

    @Test
    void readsUtf8WithoutAByteOrderMark() throws IOException {
        Path file = write("plain.csv", "姓名,车牌\r\n张伟,沪A12345\r\n欧阳娜娜,京N·D1234\r\n".getBytes(UTF_8));

        assertThat(readAll(file).rows())
                .extracting(row -> row.cell(0) + " " + row.cell(1))
                .containsExactly("张伟 沪A12345", "欧阳娜娜 京N·D1234");
    }

    @Test
    void readsChineseTextWrittenInGbk() throws IOException {
        Path file = write("dms.csv", "客户姓名,车牌号,地址\r\n张伟,沪A12345,上海市浦东新区张江路\r\n".getBytes(GBK));

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("客户姓名", "车牌号", "地址");
        assertThat(read.rows().get(0).cells()).containsExactly("张伟", "沪A12345", "上海市浦东新区张江路");
    }

    @Test
    void readsCharactersOfGb18030BeyondGbk() throws IOException {
        String rareName = "王𠮷"; // outside the BMP: a four-byte sequence in GB18030, unknown to GBK
        Path file = write("gb18030.csv", ("姓名\n" + rareName + "\n").getBytes(GBK));

        assertThat(readAll(file).rows().get(0).cell(0)).isEqualTo(rareName);
    }

    @Test
    void staysWithUtf8WhenTheSampledStartEndsInsideACharacter() throws IOException {
        StringBuilder text = new StringBuilder("姓名,备注\n");
        while (text.toString().getBytes(UTF_8).length < TabularFiles.SAMPLE_BYTES - 100) {
            text.append("filler,").append("x".repeat(40)).append('\n');
        }
        int length = text.toString().getBytes(UTF_8).length;
        text.append("a,")
                .append("x".repeat(TabularFiles.SAMPLE_BYTES - 1 - length - 3))
                .append('\n');
        text.append("张伟,最后一行\n"); // 张 starts on the sample's last byte: its other two bytes lie beyond
        byte[] content = text.toString().getBytes(UTF_8);
        assertThat(content[TabularFiles.SAMPLE_BYTES - 1]).isEqualTo("张".getBytes(UTF_8)[0]);

        List<SourceRow> rows = readAll(write("boundary.csv", content)).rows();

        assertThat(rows.get(rows.size() - 1).cells()).containsExactly("张伟", "最后一行");
    }

    @Test
    void judgesTheEncodingByTheFirstTextBeyondAsciiHoweverFarIntoTheFile() throws IOException {
        StringBuilder text = new StringBuilder("name,mobile\n");
        for (int i = 0; text.length() < 2 * TabularFiles.SAMPLE_BYTES; i++) {
            text.append("customer").append(i).append(",138%08d\n".formatted(i));
        }
        text.append("张伟,13812345678\n");

        List<SourceRow> rows =
                readAll(write("late-gbk.csv", text.toString().getBytes(GBK))).rows();

        assertThat(rows.get(rows.size() - 1).cells()).containsExactly("张伟", "13812345678");
    }

    @Test
    void readsExcelsUnicodeTextExport() throws IOException {
        Path file = write(
                "unicode.txt", bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "姓名\t手机\r\n张伟\t13812345678\r\n", UTF_16LE));

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("姓名", "手机");
        assertThat(read.rows()).containsExactly(new SourceRow(2, List.of("张伟", "13812345678")));
    }

    // CSV: structure

    @ParameterizedTest
    @ValueSource(strings = {";", "\t", "|", ","})
    void findsTheDelimiterInTheHeaderLine(String delimiter) throws IOException {
        String text = String.join(delimiter, "姓名", "手机", "备注") + "\n"
                + String.join(delimiter, "张伟", "13812345678", "\"老客户, 常来\"") + "\n";

        Read read = readAll(write("delimited.csv", text.getBytes(UTF_8)));

        assertThat(read.header()).containsExactly("姓名", "手机", "备注");
        assertThat(read.rows().get(0).cells()).containsExactly("张伟", "13812345678", "老客户, 常来");
    }

    @Test
    void takesTheDelimiterThatExcelsSeparatorLineNames() throws IOException {
        Path file = write("sep.csv", "sep=;\n姓名;备注\n张伟;1,5 万公里\n".getBytes(UTF_8));

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("姓名", "备注");
        assertThat(read.rows()).containsExactly(new SourceRow(3, List.of("张伟", "1,5 万公里")));
    }

    @Test
    void readsQuotedCellsAndNumbersRowsByThePhysicalLineTheyStartOn() throws IOException {
        String text = """
                姓名,地址,手机\r
                张伟,"上海市浦东新区\r
                张江路 1 号",13812345678\r
                李娜,"北京市""朝阳区"", 建国路" ,13912345678\r
                \r
                王芳,"第一行
                第二行
                第三行",\r
                赵磊, "",13700001111\r
                """;

        List<SourceRow> rows =
                readAll(write("quoted.csv", text.getBytes(UTF_8))).rows();

        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L, 6L, 9L);
        assertThat(rows.get(0).cell(1)).isEqualTo("上海市浦东新区\r\n张江路 1 号");
        assertThat(rows.get(1).cells()).containsExactly("李娜", "北京市\"朝阳区\", 建国路", "13912345678");
        assertThat(rows.get(2).cells()).containsExactly("王芳", "第一行\n第二行\n第三行");
        assertThat(rows.get(3).cells()).containsExactly("赵磊", "", "13700001111");
    }

    @Test
    void readsAHeaderWithoutRowsAndOldMacLineBreaks() throws IOException {
        assertThat(readAll(write("header-only.csv", "姓名,手机".getBytes(UTF_8))))
                .isEqualTo(new Read(List.of("姓名", "手机"), List.of()));
        assertThat(readAll(write("mac.csv", "姓名\r张伟\r\r李娜\r".getBytes(UTF_8))).rows())
                .extracting(SourceRow::line)
                .containsExactly(2L, 4L);
    }

    @Test
    void unwrapsTheTricksThatKeepExcelFromManglingNumbers() throws IOException {
        String text = "手机,身份证号,备注\n"
                + "=\"13812345678\",'110101199003077777,=\"a \"\"quoted\"\" text\"\n"
                + "\"=\"\"13912345678\"\"\",\t'110101199003078888 ,'\n";

        List<SourceRow> rows =
                readAll(write("excel-text.csv", text.getBytes(UTF_8))).rows();

        assertThat(rows.get(0).cells()).containsExactly("13812345678", "110101199003077777", "a \"quoted\" text");
        assertThat(rows.get(1).cells()).containsExactly("13912345678", "110101199003078888");
    }

    @Test
    void readsRaggedRowsWithTheMissingCellsEmpty() throws IOException {
        Path file = write("ragged.csv", "姓名,手机,车牌,备注\n张伟,13812345678\n李娜,13912345678,沪A12345,常客,多余\n".getBytes(UTF_8));

        List<SourceRow> rows = readAll(file).rows();

        assertThat(rows.get(0).cells()).containsExactly("张伟", "13812345678");
        assertThat(rows.get(0).cell(2)).isEmpty();
        assertThat(rows.get(0).cell(-1)).isEmpty();
        assertThat(rows.get(1).cell(4)).isEqualTo("多余");
    }

    @Test
    void skipsEmptyRowsAndTakesTheFirstNonEmptyRowAsTheHeader() throws IOException {
        String text = "\n , , \n姓名 , 手机\n\n,,\n　张伟　,\u00A013812345678 \n\t\n李娜,13912345678";

        Read read = readAll(write("blank-lines.csv", text.getBytes(UTF_8)));

        assertThat(read.header()).containsExactly("姓名", "手机");
        assertThat(read.rows())
                .containsExactly(
                        new SourceRow(6, List.of("张伟", "13812345678")), new SourceRow(8, List.of("李娜", "13912345678")));
    }

    @Test
    void refusesAQuoteNeverClosedNamingTheLineItStartsOn() throws IOException {
        Path file = write("unclosed.csv", "姓名,备注\n张伟,ok\n李娜,\"没有闭合\n王芳,ok\n".getBytes(UTF_8));

        try (TabularFile table = TabularFiles.open(file)) {
            assertThat(table.next()).isPresent();
            assertThatThrownBy(table::next)
                    .isInstanceOfSatisfying(
                            UnreadableFile.class,
                            refusal -> assertThat(refusal.arguments()).containsExactly("3"))
                    .hasFieldOrPropertyWithValue("messageKey", "tabular.error.malformed");
        }
    }

    @Test
    void refusesARecordThatSwallowsTheFileInsteadOfFillingTheMemory() throws IOException {
        StringBuilder text = new StringBuilder("姓名,备注\n张伟,\"没有闭合\n");
        while (text.length() <= 2 * CsvFile.MAX_RECORD_CHARS) {
            text.append("李娜,").append("x".repeat(100)).append('\n');
        }
        text.append("王芳,\"终于闭合\"\n");

        try (TabularFile table =
                TabularFiles.open(write("runaway.csv", text.toString().getBytes(UTF_8)))) {
            assertThatThrownBy(table::next).hasFieldOrPropertyWithValue("messageKey", "tabular.error.malformed");
        }
    }

    // Excel workbooks

    @Test
    void readsTheFirstSheetOfAWorkbookAsTheUserSeesIt() throws IOException {
        Path file = folder.resolve("客户.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            CellStyle date = style(workbook, "yyyy-mm-dd");
            CellStyle dateTime = style(workbook, "yyyy-mm-dd hh:mm");
            CellStyle chineseDate = workbook.createCellStyle();
            chineseDate.setDataFormat((short) 31); // yyyy"年"m"月"d"日" in Chinese Excel, not written in the file
            CellStyle twoDecimals = style(workbook, "0.00");
            CellStyle percent = style(workbook, "0%");
            CellStyle wholeNumber = style(workbook, "0");

            sheet.createRow(0).createCell(0).setCellValue("   "); // row 1: looks empty
            Row header = sheet.createRow(1);
            String[] names = {"姓名", "手机", "车牌", "购车日期", "上次保养", "里程", "贵宾", "折扣", "称呼", "备注"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row zhang = sheet.createRow(2);
            zhang.createCell(0).setCellValue("张伟");
            zhang.createCell(1).setCellValue(13812345678d);
            zhang.createCell(2).setCellValue("沪A12345");
            zhang.createCell(3).setCellValue(LocalDate.of(2023, 5, 17));
            zhang.getCell(3).setCellStyle(date);
            zhang.createCell(4).setCellValue(LocalDateTime.of(2024, 3, 15, 14, 30));
            zhang.getCell(4).setCellStyle(dateTime);
            zhang.createCell(5).setCellValue(56000d);
            zhang.createCell(6).setCellValue(true);
            zhang.createCell(7).setCellValue(0.15);
            zhang.getCell(7).setCellStyle(percent);
            zhang.createCell(8).setCellFormula("A3&\"先生\"");
            Row li = sheet.createRow(3);
            li.createCell(0).setCellValue("李娜");
            li.createCell(1).setCellValue(13912345678d);
            li.getCell(1).setCellStyle(wholeNumber);
            // no C4: a gap
            li.createCell(3).setCellValue(LocalDate.of(2022, 12, 1));
            li.getCell(3).setCellStyle(chineseDate);
            li.createCell(5).setCellValue(1234.5);
            li.getCell(5).setCellStyle(twoDecimals);
            li.createCell(6).setCellValue(false);
            li.createCell(7).setCellFormula("0.1+0.2");
            li.createCell(8).setCellFormula("F4*2");
            li.createCell(9).setCellValue("  VIP 客户 ");
            // no row 5 at all; row 6 has only empty, styled cells
            Row blank = sheet.createRow(5);
            blank.createCell(0).setCellStyle(date);
            blank.createCell(1).setCellValue("");
            Row wang = sheet.createRow(6);
            wang.createCell(0).setCellValue("王芳");
            wang.createCell(1).setCellValue("13700001111");
            wang.createCell(9).setCellValue(12.5);
            workbook.createSheet("其他").createRow(0).createCell(0).setCellValue("不该读到");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves
            save(workbook, file);
        }

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("姓名", "手机", "车牌", "购车日期", "上次保养", "里程", "贵宾", "折扣", "称呼", "备注");
        assertThat(read.rows()).extracting(SourceRow::line).containsExactly(3L, 4L, 7L);
        assertThat(read.rows().get(0).cells())
                .containsExactly(
                        "张伟",
                        "13812345678",
                        "沪A12345",
                        "2023-05-17",
                        "2024-03-15 14:30",
                        "56000",
                        "TRUE",
                        "15%",
                        "张伟先生");
        assertThat(read.rows().get(1).cells())
                .containsExactly(
                        "李娜", "13912345678", "", "2022-12-01", "", "1234.50", "FALSE", "0.3", "2469", "VIP 客户");
        assertThat(read.rows().get(2).cells()).containsExactly("王芳", "13700001111", "", "", "", "", "", "", "", "12.5");
    }

    @Test
    void readsTheInlineTextsOfStreamingWriters() throws IOException {
        Path file = folder.resolve("streamed.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(1).createCell(0).setCellValue("张伟");
            save(workbook, file);
        }

        Read read = readAll(file);

        assertThat(read.header()).containsExactly("姓名");
        assertThat(read.rows()).containsExactly(new SourceRow(2, List.of("张伟")));
    }

    @Test
    void recognisesTheKindOfFileByItsContentNotItsName() throws IOException {
        Path workbookNamedCsv = folder.resolve("export.csv");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            save(workbook, workbookNamedCsv);
        }
        Path csvNamedXlsx = write("export.xlsx", "手机\n13812345678\n".getBytes(UTF_8));

        assertThat(readAll(workbookNamedCsv).header()).containsExactly("姓名");
        assertThat(readAll(csvNamedXlsx).rows()).containsExactly(new SourceRow(2, List.of("13812345678")));
    }

    // refusals

    @Test
    void refusesAnOldExcelWorkbookAskingForXlsxOrCsv() throws IOException {
        Path file = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            save(workbook, file);
        }

        assertRefused(file, "tabular.error.oldExcel");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = folder.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            save(workbook, plain);
        }
        Path file = folder.resolve("protected.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage workbook = OPCPackage.open(Files.newInputStream(plain));
                    OutputStream encrypted = encryptor.getDataStream(container)) {
                workbook.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }

        assertRefused(file, "tabular.error.encrypted");
    }

    @Test
    void refusesWhatIsNoTable() throws IOException {
        assertRefused(
                write("scan.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(UTF_8)),
                "tabular.error.unreadable");
        assertRefused(
                write("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D}),
                "tabular.error.unreadable");
        assertRefused(
                write(
                        "dms-export.xls",
                        "<html><body><table><tr><td>姓名</td></tr></table></body></html>".getBytes(UTF_8)),
                "tabular.error.unreadable");
        assertRefused(write("archive.zip", zipWith("readme.txt")), "tabular.error.unreadable");
        Path document = folder.resolve("letter.docx");
        try (XWPFDocument word = new XWPFDocument();
                OutputStream out = Files.newOutputStream(document)) {
            word.createParagraph().createRun().setText("尊敬的客户");
            word.write(out);
        }
        assertRefused(document, "tabular.error.unreadable");
    }

    @Test
    void refusesAFileWithoutAnyData() throws IOException {
        assertRefused(write("empty.csv", new byte[0]), "tabular.error.empty");
        assertRefused(write("blank.csv", "\r\n , ,\r\n\t\r\n".getBytes(UTF_8)), "tabular.error.empty");
        Path emptyWorkbook = folder.resolve("empty.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(3).createCell(2).setCellValue(" ");
            save(workbook, emptyWorkbook);
        }
        assertRefused(emptyWorkbook, "tabular.error.empty");
    }

    @Test
    void refusesAWorkbookThatInflatesBeyondWhatAWorkbookHolds() throws IOException {
        Path plain = folder.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("姓名");
            sheet.createRow(1).createCell(0).setCellValue("张伟");
            save(workbook, plain);
        }
        // a zip bomb: the sheet inflates a thousandfold after its header, met while reading the rows
        Path bomb = withPart(
                plain, "xl/worksheets/sheet1.xml", xml -> xml.replace("</row>", "</row>" + " ".repeat(10_000_000)));
        // no bomb, but a styles part far larger than any workbook's, which the reader would parse whole in memory
        StringBuilder noise = new StringBuilder();
        for (int i = 0; noise.length() <= XlsxPackage.MAX_PART_READ_WHOLE; i++) {
            noise.append(Integer.toHexString(i * 0x9E3779B9));
        }
        Path hugeStyles = withPart(plain, "xl/styles.xml", xml -> xml.replace("<fonts", "<!--" + noise + "--><fonts"));

        try (TabularFile table = TabularFiles.open(bomb)) {
            assertThat(table.header()).containsExactly("姓名");
            assertThatThrownBy(table::next)
                    .isInstanceOf(UnreadableFile.class)
                    .hasFieldOrPropertyWithValue("messageKey", "tabular.error.unreadable");
        }
        assertRefused(hugeStyles, "tabular.error.unreadable");
    }

    @Test
    void refusesIndentedSharedStringsRatherThanReadingThemAsBlanks() throws IOException {
        Path plain = folder.resolve("plain.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("姓名");
            save(workbook, plain);
        }
        Path indented = withPart(plain, "xl/sharedStrings.xml", xml -> xml.replace("<si>", "\n  <si>\n    "));

        assertRefused(indented, "tabular.error.unreadable");
    }

    @Test
    void reportsARefusalAsABadRequestAboutTheFile() throws IOException {
        Path file = write("empty.csv", new byte[0]);

        assertThatThrownBy(() -> TabularFiles.open(file))
                .hasFieldOrPropertyWithValue("field", "file")
                .isInstanceOfSatisfying(
                        UnreadableFile.class,
                        refusal -> assertThat(refusal.httpStatus()).isEqualTo(400));
    }

    // bounded memory

    /*
     * Memory is measured the one way that does not flake: the file is read through in a child JVM whose heap is too
     * small for any whole-file reading. Streaming needs about 8 MB for the CSV file and about 32 MB for the workbook
     * (measured on JDK 17 with the serial collector; 36 MB for 500,000 rows), half of it the page cache of the shared
     * strings' temporary file (H2 MVStore's default 16 MB, which excel-streaming-reader does not let us change); the
     * 21 MB CSV file as a list of lines needs more than 32 MB, and POI's XSSFWorkbook runs out of memory on the
     * workbook at 128 MB.
     */
    static final String CSV_HEAP = "-Xmx24m";

    static final String WORKBOOK_HEAP = "-Xmx64m";

    @Test
    void readsA200000RowCsvInBoundedMemory() throws Exception {
        Path file = folder.resolve("big.csv");
        long extraLines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("姓名,手机,车牌,VIN,购车日期,地址\r\n");
            for (int i = 1; i <= 200_000; i++) {
                boolean twoLineAddress = i % 10_000 == 5_000;
                out.write("客户%d,138%08d,沪A%05d,LSVAU2180N2%06d,2023-05-%02d,\"上海市浦东新区%s张江路 %d 号\"\r\n"
                        .formatted(i, i, i % 100_000, i, i % 28 + 1, twoLineAddress ? "\r\n" : "", i));
                extraLines += twoLineAddress ? 1 : 0;
            }
        }
        assertThat(Files.size(file)).isGreaterThan(14_000_000);

        assertThat(readInChildJvm(file, CSV_HEAP)).isEqualTo("200000 rows, last on line " + (200_001 + extraLines));
    }

    @Test
    void readsA100000RowWorkbookInBoundedMemory() throws Exception {
        Path file = folder.resolve("big.xlsx");
        try (SXSSFWorkbook workbook =
                new SXSSFWorkbook(new XSSFWorkbook(), 100, false, true)) { // shared strings, as Excel
            Sheet sheet = workbook.createSheet();
            CellStyle date = style(workbook, "yyyy-mm-dd");
            Row header = sheet.createRow(0);
            String[] names = {"姓名", "手机", "车牌", "购车日期", "里程"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int i = 1; i <= 100_000; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("客户" + i);
                row.createCell(1).setCellValue(13_800_000_000d + i);
                row.createCell(2).setCellValue("沪A%05d".formatted(i % 100_000));
                row.createCell(3).setCellValue(LocalDate.of(2023, 5, 17).plusDays(i % 365));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(i * 10);
            }
            save(workbook, file);
        }

        assertThat(readInChildJvm(file, WORKBOOK_HEAP)).isEqualTo("100000 rows, last on line 100001");
    }

    /** Reads a file through in a JVM with little heap: runs {@link ReadThrough} and gives what it printed. */
    private String readInChildJvm(Path file, String maxHeap) throws Exception {
        Path printed = folder.resolve("child.out");
        Path errors = folder.resolve("child.err");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        maxHeap,
                        "-XX:+IgnoreUnrecognizedVMOptions",
                        "-XX:+UseSerialGC",
                        // the reader logs to the console, where the child gives its answer
                        "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider",
                        "-cp",
                        System.getProperty("java.class.path"), // the test class path: Surefire sets it too
                        ReadThrough.class.getName(),
                        file.toString())
                .redirectOutput(printed.toFile())
                .redirectError(errors.toFile())
                .start();
        try {
            assertThat(child.waitFor(60, TimeUnit.SECONDS))
                    .as("the child JVM finished")
                    .isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as(Files.readString(errors)).isZero();
        return Files.readString(printed).strip();
    }

    /** The child JVM's program: reads the file through and prints the number of rows and the last one's line. */
    static final class ReadThrough {

        public static void main(String[] args) throws IOException {
            long rows = 0;
            long lastLine = 0;
            try (TabularFile table = TabularFiles.open(Path.of(args[0]))) {
                for (Optional<SourceRow> row = table.next(); row.isPresent(); row = table.next()) {
                    rows++;
                    lastLine = row.get().line();
                }
            }
            System.out.println(rows + " rows, last on line " + lastLine);
        }
    }

    // fixtures

    record Read(List<String> header, List<SourceRow> rows) {}

    private static Read readAll(Path file) throws IOException {
        try (TabularFile table = TabularFiles.open(file)) {
            List<SourceRow> rows = new ArrayList<>();
            for (Optional<SourceRow> row = table.next(); row.isPresent(); row = table.next()) {
                rows.add(row.get());
            }
            assertThat(table.next()).as("after the end").isEmpty();
            return new Read(table.header(), rows);
        }
    }

    private static void assertRefused(Path file, String messageKey) {
        assertThatThrownBy(() -> TabularFiles.open(file).close())
                .as(file.getFileName().toString())
                .isInstanceOf(UnreadableFile.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private static byte[] bytes(byte[] prefix, String text, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }

    private static byte[] zipWith(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("hello".getBytes(UTF_8));
        }
        return out.toByteArray();
    }

    /** A copy of a workbook with one of its parts edited. */
    private Path withPart(Path workbook, String part, UnaryOperator<String> edit) throws IOException {
        Path copy = folder.resolve(part.replace('/', '-') + "-" + workbook.getFileName());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (java.util.zip.ZipEntry entry : Collections.list(zip.entries())) {
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(part)) {
                    String edited = edit.apply(new String(content, UTF_8));
                    assertThat(edited).as(part + " edited").isNotEqualTo(new String(content, UTF_8));
                    content = edited.getBytes(UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                out.write(content);
            }
        }
        return copy;
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}

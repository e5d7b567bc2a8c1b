package shinrai.tabular;

import java.io.BufferedInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as DMS exports and Excel write them, parsed as it streams in (RFC 4180 quoting, with quoted commas,
 * doubled quotes and line breaks inside cells). The encoding is UTF-8 when the start of the file is valid UTF-8
 * (with or without a byte-order mark), UTF-16 after its byte-order mark (Excel's "Unicode text"), and GB18030
 * otherwise: the superset of the GBK that Chinese systems write. The delimiter is whichever of comma, semicolon,
 * tab and bar the header line uses most, unless Excel's {@code sep=;} first line names it.
 */
final class CsvFile implements TabularFile {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** A record longer than this is a quotation mark never closed, swallowing the rest of the file into one cell. */
    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?i)sep=(.)\\s*");
    private static final Pattern EXCEL_TEXT = Pattern.compile("=\"(.*)\"", Pattern.DOTALL);

    private final RecordLengthLimit reader;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvFile(RecordLengthLimit reader, CSVParser parser, boolean separatorLine) throws IOException {
        this.reader = reader;
        this.parser = parser;
        this.records = parser.iterator();
        if (separatorLine) {
            nextRecord();
        }
        this.header = next().map(SourceRow::cells).orElseThrow(UnreadableFile::empty);
    }

    /** Opens a file whose first bytes are already read, to choose the encoding and the delimiter. */
    static TabularFile open(Path file, byte[] sample) throws IOException {
        Encoding encoding = Encoding.of(file, sample);
        String start = encoding.decodeStart(sample);
        List<String> lines = firstLines(start);
        Matcher separator = lines.isEmpty() ? null : SEPARATOR_LINE.matcher(lines.get(0));
        boolean separatorLine = separator != null && separator.matches();
        char delimiter = separatorLine
                ? separator.group(1).charAt(0)
                : delimiterOf(lines.stream()
                        .filter(line -> !line.isBlank())
                        .findFirst()
                        .orElse(""));
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // so that every physical line is counted; empty rows are skipped here
                .setIgnoreSurroundingSpaces(true) // a, "b,c"
                .setTrailingData(true) // "a"b: keep the b instead of refusing the file
                .get();
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.byteOrderMarkLength());
            RecordLengthLimit reader = new RecordLengthLimit(new InputStreamReader(in, encoding.charset()));
            return new CsvFile(
                    reader,
                    CSVParser.builder().setReader(reader).setFormat(format).get(),
                    separatorLine);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Optional<SourceRow> next() throws IOException {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = nextRecord();
            if (record == null) {
                return Optional.empty();
            }
            List<String> cells = new ArrayList<>(record.size());
            for (String value : record) {
                cells.add(cell(value));
            }
            cells = TabularFiles.withoutTrailingEmptyCells(cells);
            if (!cells.isEmpty()) {
                return Optional.of(new SourceRow(line, cells));
            }
        }
    }

    private @Nullable CSVRecord nextRecord() throws IOException {
        long line = parser.getCurrentLineNumber() + 1;
        reader.startRecord();
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException || e.getCause() instanceof RecordTooLong) {
                throw UnreadableFile.malformed(line).causedBy(e.getCause());
            }
            throw e.getCause();
        }
    }

    /**
     * A cell's text without surrounding spaces, and without the wrappers people use to keep Excel from turning a
     * mobile number into 1.38E+10: a leading apostrophe or {@code ="13812345678"}.
     */
    static String cell(String value) {
        String cell = TabularFiles.trim(value);
        Matcher excelText = EXCEL_TEXT.matcher(cell);
        if (excelText.matches()) {
            return TabularFiles.trim(excelText.group(1).replace("\"\"", "\""));
        }
        if (cell.startsWith("'")) {
            return TabularFiles.trim(cell.substring(1));
        }
        return cell;
    }

    /** The delimiter the header line uses most, counting only outside quotes; a comma when it uses none. */
    static char delimiterOf(String headerLine) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; !quoted && i < DELIMITERS.length; i++) {
                if (c == DELIMITERS[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }

    /** The complete lines of the decoded start of the file (the last one may be cut by the sample's end). */
    private static List<String> firstLines(String start) {
        return start.lines().limit(1_000).toList();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** How the bytes are text. */
    record Encoding(Charset charset, int byteOrderMarkLength) {

        /**
         * The encoding of a file judged by its start: a byte-order mark, or else UTF-8 if the first 64 KB with
         * anything but ASCII in them decode strictly as UTF-8 (a character cut by the end of those 64 KB does not
         * count against it), GB18030 if not.
         */
        static Encoding of(Path file, byte[] sample) throws IOException {
            if (startsWith(sample, 0xEF, 0xBB, 0xBF)) {
                return new Encoding(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(sample, 0xFF, 0xFE)) {
                return new Encoding(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(sample, 0xFE, 0xFF)) {
                return new Encoding(StandardCharsets.UTF_16BE, 2);
            }
            boolean wholeFile = sample.length < TabularFiles.SAMPLE_BYTES;
            if (wholeFile || !isAscii(sample)) {
                return new Encoding(isUtf8(sample, wholeFile) ? StandardCharsets.UTF_8 : GB18030, 0);
            }
            return new Encoding(isUtf8FromFirstNonAscii(file, sample.length) ? StandardCharsets.UTF_8 : GB18030, 0);
        }

        /** Judges by the 64 KB from the first byte beyond ASCII, for a file whose long start is plain ASCII. */
        private static boolean isUtf8FromFirstNonAscii(Path file, int asciiBytes) throws IOException {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), TabularFiles.SAMPLE_BYTES)) {
                in.skipNBytes(asciiBytes);
                int b = in.read();
                while (b >= 0 && b < 0x80) {
                    b = in.read();
                }
                if (b < 0) {
                    return true; // all ASCII: UTF-8 reads it as well as anything
                }
                byte[] rest = in.readNBytes(TabularFiles.SAMPLE_BYTES - 1);
                byte[] window = new byte[rest.length + 1];
                window[0] = (byte) b;
                System.arraycopy(rest, 0, window, 1, rest.length);
                return isUtf8(window, rest.length < TabularFiles.SAMPLE_BYTES - 1);
            }
        }

        private static boolean isAscii(byte[] sample) {
            for (byte b : sample) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isUtf8(byte[] sample, boolean wholeFile) {
            CharsetDecoder strict = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(sample);
            CharBuffer out = CharBuffer.allocate(sample.length + 1);
            CoderResult result = strict.decode(in, out, wholeFile);
            if (result.isError()) {
                return false;
            }
            // Not the whole file: up to 3 bytes of a character cut by the sample's end are left over, undecided.
            return wholeFile ? !strict.flush(out).isError() : in.remaining() < 4;
        }

        private static boolean startsWith(byte[] sample, int... bytes) {
            if (sample.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((sample[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The sample as text, leniently: only its first lines matter, to find the header and delimiter. */
        String decodeStart(byte[] sample) {
            try {
                return charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(sample, byteOrderMarkLength, sample.length - byteOrderMarkLength))
                        .toString();
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /** Stops a record at {@link #MAX_RECORD_CHARS}, so that an unclosed quote cannot fill the memory. */
    private static final class RecordLengthLimit extends FilterReader {

        private long sinceRecordStart;

        RecordLengthLimit(Reader in) {
            super(in);
        }

        void startRecord() {
            sinceRecordStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            count(c < 0 ? 0 : 1);
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(read);
            return read;
        }

        private void count(int chars) throws RecordTooLong {
            if (chars > 0) {
                sinceRecordStart += chars;
                if (sinceRecordStart > MAX_RECORD_CHARS) {
                    throw new RecordTooLong();
                }
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("a record longer than " + MAX_RECORD_CHARS + " characters");
        }
    }
}

package shinrai.tabular;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A workbook's shared strings: Excel keeps every distinct text of a workbook in one table that cells refer to by
 * index, so a list of 100,000 customers holds hundreds of thousands of names, addresses and VINs there. They go to
 * a temporary file (readable by this user only, deleted on close) as they are read, and only their end offsets, 4
 * bytes each, stay in memory; a small cache spares a disk read for the values a column repeats (a city, a brand).
 */
final class SharedStringsFile implements Closeable {

    private static final int CACHE_SIZE = 4096; // a power of two
    private static final int WRITE_BUFFER = 64 * 1024;

    private final FileChannel file;
    private final ByteBuffer pending = ByteBuffer.allocate(WRITE_BUFFER);
    private int[] ends = new int[1024];
    private int size;
    private long length;
    private final String[] cache = new String[CACHE_SIZE];
    private final int[] cachedIndexes = new int[CACHE_SIZE];

    SharedStringsFile() throws IOException {
        this.file = FileChannel.open(
                Files.createTempFile("shinrai-import-", ".strings"),
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        Arrays.fill(cachedIndexes, -1);
    }

    /** Adds the next string of the table. */
    void add(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (length + bytes.length > Integer.MAX_VALUE) {
            throw UnreadableFile.notATable(); // 2 GB of distinct texts: no customer list
        }
        if (bytes.length > pending.remaining()) {
            flush();
        }
        if (bytes.length > pending.capacity()) {
            writeFully(ByteBuffer.wrap(bytes));
        } else {
            pending.put(bytes);
        }
        length += bytes.length;
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        ends[size++] = (int) length;
    }

    /** Makes what was added readable. */
    void flush() throws IOException {
        pending.flip();
        writeFully(pending);
        pending.clear();
    }

    private void writeFully(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            file.write(bytes, file.size());
        }
    }

    int size() {
        return size;
    }

    /** The string at an index, {@code ""} for an index the table does not have. */
    String get(int index) throws IOException {
        if (index < 0 || index >= size) {
            return "";
        }
        int slot = index & (CACHE_SIZE - 1);
        if (cachedIndexes[slot] == index) {
            return cache[slot];
        }
        int start = index == 0 ? 0 : ends[index - 1];
        ByteBuffer bytes = ByteBuffer.allocate(ends[index] - start);
        while (bytes.hasRemaining()) {
            if (file.read(bytes, (long) start + bytes.position()) < 0) {
                throw new EOFException("shared strings cut short");
            }
        }
        String text = new String(bytes.array(), StandardCharsets.UTF_8);
        cachedIndexes[slot] = index;
        cache[slot] = text;
        return text;
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}

package shinrai.workshop;

import java.util.Arrays;

/**
 * A photo taken at a quality check (a leak, a panel gap, the finished paint): a JPEG or PNG, known by its first bytes
 * rather than by the name or type the upload claims.
 */
public record CheckPhoto(String contentType, byte[] content) {

    /** Most bytes of one photo: a phone camera's JPEG is 2–5 MB. */
    public static final int MOST_BYTES = 8 * 1024 * 1024;

    /** Most photos on one check. */
    public static final int MOST_PER_CHECK = 6;

    private static final int SHOWN_NAME = 60;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * The upload as a photo, or refused naming the field and the file.
     *
     * @param size the upload's size, checked before its bytes are read
     */
    public static CheckPhoto read(String field, String fileName, long size, BytesOfUpload bytes) {
        String shown = fileName.length() > SHOWN_NAME ? fileName.substring(0, SHOWN_NAME) + "…" : fileName;
        if (size > MOST_BYTES) {
            throw new InvalidWorkshopInput(field, "repairOrder.error.photoTooLarge", shown, MOST_BYTES / 1024 / 1024);
        }
        byte[] content = bytes.read();
        if (startsWith(content, JPEG)) {
            return new CheckPhoto("image/jpeg", content);
        }
        if (startsWith(content, PNG)) {
            return new CheckPhoto("image/png", content);
        }
        throw new InvalidWorkshopInput(field, "repairOrder.error.photoNotAnImage", shown);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length > magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Reads an upload's bytes; an upload that cannot be read is refused like a file that is not a photo. */
    @FunctionalInterface
    public interface BytesOfUpload {
        byte[] read();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckPhoto photo
                && contentType.equals(photo.contentType)
                && Arrays.equals(content, photo.content);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "CheckPhoto[" + contentType + ", " + content.length + " bytes]";
    }
}

package shinrai.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * The most a request body other than a file upload may hold. A form or a JSON document of a dealership's
 * business is a few kilobytes; a megabyte is generous and still too little to pin the server. Uploads (imports)
 * are multipart and keep their own, streaming, limit.
 */
final class BodyLimit {

    static final int JSON_KB = 1024;
    static final long BYTES = JSON_KB * 1024L;

    private BodyLimit() {}

    static boolean applies(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    /** Whether the body says up front that it is too long. */
    static boolean declaredTooLong(HttpServletRequest request) {
        return request.getContentLengthLong() > BYTES;
    }

    /** The request with a body that stops being readable past the limit (for bodies sent without a length). */
    static HttpServletRequest enforce(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            private ServletInputStream limited;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (limited == null) {
                    limited = new Limited(super.getInputStream());
                }
                return limited;
            }
        };
    }

    /** Whether a failure to read a body was this limit at work. */
    static boolean exceededBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Exceeded) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the body's stream once it passes the limit. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("request body over " + BYTES + " bytes");
        }
    }

    private static final class Limited extends ServletInputStream {

        private final ServletInputStream body;
        private long read;

        Limited(ServletInputStream body) {
            this.body = body;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws Exceeded {
            read += n;
            if (read > BYTES) {
                throw new Exceeded();
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}

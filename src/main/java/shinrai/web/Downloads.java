package shinrai.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Responses the browser saves as a file, named in the reader's language (RFC 6266's {@code filename*}). */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** Marks the response as a download of this type under this name, which may hold any character. */
    public static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}

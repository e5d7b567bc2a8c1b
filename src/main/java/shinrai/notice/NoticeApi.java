package shinrai.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notices, as the bell and the notices page show them. */
@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Notices", description = """
        What the application told the caller (a complaint escalated to them, given to them, raised by the network to \
        their dealer), newest first, each with its text in the caller's language (Accept-Language) and the path of \
        its subject. Only the caller's own notices exist for the caller; another's id answers 404.""")
@SecurityRequirement(name = "bearer")
@PreAuthorize("isAuthenticated()")
class NoticeApi {

    private final StaffNotices notices;
    private final MessageSource messages;

    NoticeApi(StaffNotices notices, MessageSource messages) {
        this.notices = notices;
        this.messages = messages;
    }

    /** @param unread how many of the caller's notices are unread, all of them, however many the list shows */
    record NoticeList(int unread, List<NoticeView> notices) {}

    /**
     * @param summaryKey the message key, for clients with their own texts
     * @param text the notice in the caller's language
     * @param link the path of its subject, e.g. {@code /complaints/42}
     */
    record NoticeView(
            long id,
            String summaryKey,
            List<String> arguments,
            String text,
            @Nullable String link,
            Instant createdAt,
            @Nullable Instant readAt) {}

    @GetMapping
    @Operation(summary = "The caller's notices, newest first (at most 100); unread=true lists only the unread")
    NoticeList list(@RequestParam(defaultValue = "false") boolean unread) {
        return new NoticeList(
                notices.unread(), notices.mine(unread).stream().map(this::view).toList());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the caller's notices")
    NoticeView one(@PathVariable long id) {
        return view(notices.get(id));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of the caller's notices read (marking it again changes nothing)")
    NoticeView markRead(@PathVariable long id) {
        return view(notices.markRead(id));
    }

    /** @param marked how many notices were unread and are read now */
    record Marked(int marked) {}

    @PostMapping("/read")
    @Operation(summary = "Mark all the caller's notices read")
    Marked markAllRead() {
        return new Marked(notices.markAllRead());
    }

    private NoticeView view(Notice notice) {
        Locale locale = LocaleContextHolder.getLocale();
        String text =
                messages.getMessage(notice.summaryKey(), notice.arguments().toArray(), notice.summaryKey(), locale);
        return new NoticeView(
                notice.id(),
                notice.summaryKey(),
                notice.arguments(),
                text == null ? notice.summaryKey() : text,
                notice.link(),
                notice.createdAt(),
                notice.readAt());
    }
}

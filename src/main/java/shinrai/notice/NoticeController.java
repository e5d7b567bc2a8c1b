package shinrai.notice;

import java.time.ZoneId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import shinrai.dealer.DealerDirectory;
import shinrai.shared.DealerScope;

/**
 * The signed-in staff member's notices, newest first: open one (it is marked read and its subject opens), mark one
 * or all read. Every signed-in staff member has the page; someone without a dealer finds it empty.
 */
@Controller
@RequestMapping("/notices")
@PreAuthorize("isAuthenticated()")
class NoticeController {

    private final StaffNotices notices;
    private final DealerDirectory dealers;

    NoticeController(StaffNotices notices, DealerDirectory dealers) {
        this.notices = notices;
        this.dealers = dealers;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean unread, Model model) {
        model.addAttribute("notices", notices.mine(unread));
        model.addAttribute("onlyUnread", unread);
        model.addAttribute("mostShown", StaffNotices.MOST_SHOWN);
        model.addAttribute(
                "zone",
                DealerScope.current().dealerId() == null
                        ? ZoneId.of("Asia/Shanghai")
                        : dealers.current().zone());
        return "notice/list";
    }

    /** Marks the notice read and opens what it is about (the list again when it links nowhere). */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id) {
        Notice notice = notices.markRead(id);
        return "redirect:" + (notice.link() == null ? "/notices" : notice.link());
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes redirect) {
        notices.markRead(id);
        redirect.addFlashAttribute("notice", "notice.markedRead");
        return "redirect:/notices";
    }

    @PostMapping("/read")
    String markAllRead(RedirectAttributes redirect) {
        int marked = notices.markAllRead();
        redirect.addFlashAttribute("notice", "notice.allMarkedRead");
        redirect.addFlashAttribute("noticeArguments", new Object[] {marked});
        return "redirect:/notices";
    }
}

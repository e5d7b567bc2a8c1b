package shinrai.notice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shinrai.shared.DealerScope;
import shinrai.shared.NotFound;
import shinrai.shared.StaffNotice;
import shinrai.web.NoticeBell;

/**
 * The signed-in staff member's notices. A {@link StaffNotice} is written in its publisher's transaction (the notice
 * commits with what it tells of, or neither does), once per recipient and event: the notice's key is unique, so an
 * event delivered twice inserts nothing the second time. Row-level security shows each person only their own.
 *
 * <p>The insert names no conflict target: one would need the right to read the row it inserts, and a manager giving a
 * complaint to a colleague may write that colleague's notice but not read it. The only unique key besides the
 * generated id is the notice's, so nothing else is ever skipped.
 */
@Service
@Transactional(readOnly = true)
public class StaffNotices implements NoticeBell {

    /** The most a page or the API lists at once. */
    public static final int MOST_SHOWN = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    StaffNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(StaffNotice notice) {
        if (notice.dealerId() != DealerScope.currentDealer()) {
            throw new IllegalStateException("A notice of dealer " + notice.dealerId()
                    + " published in the scope of dealer " + DealerScope.currentDealer());
        }
        if (notice.recipients().isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO notice.staff_notice
                            (dealer_id, recipient_id, event_key, summary_key, arguments, link, created_at)
                        SELECT :dealer, r, :key, :summary, CAST(:arguments AS text[]), :link, :at
                        FROM unnest(CAST(:recipients AS bigint[])) r
                        ON CONFLICT DO NOTHING""")
                .param("dealer", notice.dealerId())
                .param("key", notice.eventKey())
                .param("summary", notice.summaryKey())
                .param("arguments", notice.arguments().toArray(String[]::new), java.sql.Types.ARRAY)
                .param("link", notice.link())
                .param("at", Timestamp.from(notice.at()))
                .param("recipients", notice.recipients().toArray(Long[]::new), java.sql.Types.ARRAY)
                .update();
    }

    @Override
    public int unread() {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() == null || scope.userId() == null) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT count(*) FROM notice.staff_notice
                        WHERE dealer_id = :dealer AND recipient_id = :me AND read_at IS NULL""")
                .param("dealer", scope.dealerId())
                .param("me", scope.userId())
                .query(Integer.class)
                .single();
    }

    /** The signed-in staff member's notices, newest first; only the unread ones if asked. */
    public List<Notice> mine(boolean onlyUnread) {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() == null || scope.userId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, summary_key, arguments, link, created_at, read_at FROM notice.staff_notice
                        WHERE dealer_id = :dealer AND recipient_id = :me AND (NOT :onlyUnread OR read_at IS NULL)
                        ORDER BY created_at DESC, id DESC LIMIT :limit""")
                .param("dealer", scope.dealerId())
                .param("me", scope.userId())
                .param("onlyUnread", onlyUnread)
                .param("limit", MOST_SHOWN)
                .query((rs, n) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    return new Notice(
                            rs.getLong("id"),
                            rs.getString("summary_key"),
                            Arrays.stream((Object[]) rs.getArray("arguments").getArray())
                                    .map(String::valueOf)
                                    .toList(),
                            rs.getString("link"),
                            rs.getTimestamp("created_at").toInstant(),
                            read == null ? null : read.toInstant());
                })
                .list();
    }

    /** One of the signed-in staff member's notices; someone else's is not found. */
    public Notice get(long id) {
        return one(id).orElseThrow(() -> new NotFound("notice", id));
    }

    private java.util.Optional<Notice> one(long id) {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() == null || scope.userId() == null) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("""
                        SELECT id, summary_key, arguments, link, created_at, read_at FROM notice.staff_notice
                        WHERE dealer_id = :dealer AND id = :id AND recipient_id = :me""")
                .param("dealer", scope.dealerId())
                .param("id", id)
                .param("me", scope.userId())
                .query((rs, n) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    return new Notice(
                            rs.getLong("id"),
                            rs.getString("summary_key"),
                            Arrays.stream((Object[]) rs.getArray("arguments").getArray())
                                    .map(String::valueOf)
                                    .toList(),
                            rs.getString("link"),
                            rs.getTimestamp("created_at").toInstant(),
                            read == null ? null : read.toInstant());
                })
                .optional();
    }

    /** Marks one of the signed-in staff member's notices read (again: nothing changes); answers it. */
    @Transactional
    public Notice markRead(long id) {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() == null || scope.userId() == null) {
            throw new NotFound("notice", id);
        }
        jdbc.sql("""
                        UPDATE notice.staff_notice SET read_at = :now
                        WHERE dealer_id = :dealer AND id = :id AND recipient_id = :me AND read_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("dealer", scope.dealerId())
                .param("id", id)
                .param("me", scope.userId())
                .update();
        return one(id).orElseThrow(() -> new NotFound("notice", id));
    }

    /** Marks all of the signed-in staff member's notices read; answers how many were unread. */
    @Transactional
    public int markAllRead() {
        DealerScope scope = DealerScope.current();
        if (scope.dealerId() == null || scope.userId() == null) {
            return 0;
        }
        return jdbc.sql("""
                        UPDATE notice.staff_notice SET read_at = :now
                        WHERE dealer_id = :dealer AND recipient_id = :me AND read_at IS NULL""")
                .param("now", Timestamp.from(clock.instant()))
                .param("dealer", scope.dealerId())
                .param("me", scope.userId())
                .update();
    }
}

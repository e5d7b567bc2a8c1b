-- Staff notices (通知): what a staff member is told by the application (a complaint escalated to them, given to them,
-- raised by the network), kept until they have read it. Each notice belongs to one dealer and one recipient.
CREATE SCHEMA notice;
GRANT USAGE ON SCHEMA notice TO ${appRole};

CREATE TABLE notice.staff_notice
(
    dealer_id    bigint      NOT NULL,
    id           bigint GENERATED ALWAYS AS IDENTITY,
    recipient_id bigint      NOT NULL,
    -- what it is about, named by its publisher (e.g. complaint:42:escalated:1:1): one notice per recipient and event,
    -- however often the event is delivered
    event_key    text        NOT NULL CHECK (length(event_key) BETWEEN 1 AND 200),
    -- the message key and its arguments, shown in the reader's language
    summary_key  text        NOT NULL CHECK (length(summary_key) BETWEEN 1 AND 200),
    arguments    text[]      NOT NULL DEFAULT '{}' CHECK (cardinality(arguments) <= 10),
    -- where the subject is dealt with: a path of this application
    link         text CHECK (link ~ '^/[^/\\]' AND length(link) <= 500),
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, recipient_id, event_key),
    FOREIGN KEY (dealer_id, recipient_id) REFERENCES dealer.user_account (dealer_id, id)
);
-- The bell counts a person's unread notices on every page; the list shows them newest first.
CREATE INDEX staff_notice_unread ON notice.staff_notice (dealer_id, recipient_id) WHERE read_at IS NULL;
CREATE INDEX staff_notice_by_recipient ON notice.staff_notice (dealer_id, recipient_id, created_at DESC, id DESC);

-- A staff member reads only their own notices, and only at their dealer; system work in the dealer's scope (a sweep,
-- the network's hotline) may read them all. Anyone working for the dealer may notify a colleague there; only the
-- recipient marks a notice read. Network users see none.
ALTER TABLE notice.staff_notice ENABLE ROW LEVEL SECURITY;
CREATE POLICY recipient_reads ON notice.staff_notice FOR SELECT
    USING (dealer_id = (SELECT dealer.writable_dealer())
        AND (recipient_id = (SELECT nullif(current_setting('shinrai.user_id', true), '')::bigint)
            OR (SELECT nullif(current_setting('shinrai.user_id', true), '')) IS NULL));
CREATE POLICY dealer_notifies ON notice.staff_notice FOR INSERT
    WITH CHECK (dealer_id = (SELECT dealer.writable_dealer()));
CREATE POLICY recipient_marks_read ON notice.staff_notice FOR UPDATE
    USING (dealer_id = (SELECT dealer.writable_dealer())
        AND recipient_id = (SELECT nullif(current_setting('shinrai.user_id', true), '')::bigint))
    WITH CHECK (dealer_id = (SELECT dealer.writable_dealer())
        AND recipient_id = (SELECT nullif(current_setting('shinrai.user_id', true), '')::bigint));
SELECT audit.track_changes('notice.staff_notice');
-- A notice is kept: it is marked read, never removed.
REVOKE DELETE ON notice.staff_notice FROM ${appRole};

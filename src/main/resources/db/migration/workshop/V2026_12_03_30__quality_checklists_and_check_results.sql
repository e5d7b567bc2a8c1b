-- The three-level quality check goes item by item through a checklist per type of work and level. A dealer starts on
-- the default checklists (in the code, worded in the message bundles); the first change to the checklist of a type of
-- work at a level copies its defaults here, and from then on the dealer's rows are that checklist.
CREATE TABLE workshop.checklist_item
(
    dealer_id   bigint  NOT NULL REFERENCES dealer.dealer,
    work_type   text    NOT NULL CHECK (work_type IN ('MAINTENANCE', 'MECHANICAL', 'BODY_AND_PAINT')),
    level       text    NOT NULL CHECK (level IN ('SELF', 'TEAM_LEADER', 'FINAL')),
    item_key    text    NOT NULL CHECK (item_key ~ '^[A-Za-z][A-Za-z0-9]{0,39}$'),
    position    int     NOT NULL CHECK (position > 0),
    -- a default item keeps its message key (it reads in either language) until the dealer rewords it into text
    message_key text CHECK (message_key ~ '^workshop\.checklist\.[A-Za-z_]+\.[A-Za-z0-9]+$'),
    text        text CHECK (length(text) BETWEEN 1 AND 200),
    active      boolean NOT NULL DEFAULT true,
    PRIMARY KEY (dealer_id, work_type, level, item_key),
    CHECK ((message_key IS NULL) <> (text IS NULL))
);

-- What the inspector found on each item of a check, the item's wording kept as it read when it was checked.
CREATE TABLE workshop.quality_check_item
(
    dealer_id       bigint  NOT NULL,
    repair_order_id bigint  NOT NULL,
    check_no        int     NOT NULL,
    position        int     NOT NULL CHECK (position > 0),
    work_type       text    NOT NULL CHECK (work_type IN ('MAINTENANCE', 'MECHANICAL', 'BODY_AND_PAINT')),
    item_key        text    NOT NULL CHECK (length(item_key) BETWEEN 1 AND 40),
    message_key     text CHECK (length(message_key) <= 100),
    text            text CHECK (length(text) BETWEEN 1 AND 200),
    ok              boolean NOT NULL,
    note            text    NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    PRIMARY KEY (dealer_id, repair_order_id, check_no, position),
    FOREIGN KEY (dealer_id, repair_order_id, check_no)
        REFERENCES workshop.quality_check (dealer_id, repair_order_id, number),
    CHECK ((message_key IS NULL) <> (text IS NULL))
);

-- Photos taken at a check (a leak, a panel gap, the finished paint): JPEG or PNG, at most 8 MB each. Kept in the
-- database like the approval signatures, so row-level security guards them and a backup holds them.
CREATE TABLE workshop.quality_check_photo
(
    dealer_id       bigint NOT NULL,
    repair_order_id bigint NOT NULL,
    check_no        int    NOT NULL,
    photo_no        int    NOT NULL CHECK (photo_no BETWEEN 1 AND 6),
    content_type    text   NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
    content         bytea  NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 8388608),
    PRIMARY KEY (dealer_id, repair_order_id, check_no, photo_no),
    FOREIGN KEY (dealer_id, repair_order_id, check_no)
        REFERENCES workshop.quality_check (dealer_id, repair_order_id, number)
);
SELECT dealer.isolate(t)
FROM unnest(ARRAY ['workshop.checklist_item', 'workshop.quality_check_item',
    'workshop.quality_check_photo']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['workshop.checklist_item', 'workshop.quality_check_item']::regclass[]) t;
-- The audit log records that a photo was added, not its megabytes.
SELECT audit.track_changes('workshop.quality_check_photo', 'dealer_id', '{content}');
-- A check's results and photos are records of what was found: never changed, never removed.
REVOKE UPDATE, DELETE ON workshop.quality_check_item, workshop.quality_check_photo FROM ${appRole};
-- Checklist items are deactivated, not removed: past checks name them.
REVOKE DELETE ON workshop.checklist_item FROM ${appRole};

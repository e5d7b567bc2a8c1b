-- The repair order from estimate to settlement: its lines, the customer's approvals, the jobs' clocking, the three
-- quality checks, delivery and payment. The aggregate (shinrai.workshop.RepairOrder) guards every transition; these
-- constraints are the database's own last line against a bug there.

-- The dealer's labour catalogue: operations with standard (flat-rate) hours, and the dealer's labour rate.
CREATE TABLE workshop.labour_operation
(
    dealer_id      bigint        NOT NULL REFERENCES dealer.dealer,
    code           text          NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9.-]{0,38}$'),
    name           text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    work_type      text          NOT NULL CHECK (work_type IN ('MAINTENANCE', 'MECHANICAL', 'BODY_AND_PAINT')),
    standard_hours numeric(5, 2) NOT NULL CHECK (standard_hours > 0),
    active         boolean       NOT NULL DEFAULT true,
    PRIMARY KEY (dealer_id, code)
);

CREATE TABLE workshop.workshop_terms
(
    dealer_id   bigint        NOT NULL PRIMARY KEY REFERENCES dealer.dealer,
    labour_rate numeric(8, 2) NOT NULL CHECK (labour_rate >= 0)
);

ALTER TABLE workshop.repair_order
    DROP CONSTRAINT repair_order_status_check,
    ADD CONSTRAINT repair_order_status_check CHECK (status IN ('OPENED', 'ESTIMATED', 'APPROVED', 'IN_REPAIR',
                                                               'SELF_CHECKED', 'TEAM_CHECKED', 'QC_PASSED',
                                                               'DELIVERED', 'SETTLED')),
    ADD COLUMN diagnosis      text NOT NULL DEFAULT '' CHECK (length(diagnosis) <= 2000),
    ADD COLUMN promised_at    timestamptz,
    ADD COLUMN washed         boolean,
    ADD COLUMN interior_cleaned boolean,
    ADD COLUMN delivered_at   timestamptz,
    ADD COLUMN settled_at     timestamptz,
    -- who saved the order last and when: a stale edit is answered with "changed by 张伟 at 10:42"
    ADD COLUMN changed_by     bigint,
    ADD COLUMN changed_at     timestamptz,
    ADD CONSTRAINT repair_order_changed_by_the_dealers_staff
        FOREIGN KEY (dealer_id, changed_by) REFERENCES dealer.user_account (dealer_id, id);

-- What the customer agreed to, and how: a signature at the desk, or a call recorded by whoever made it.
CREATE TABLE workshop.customer_approval
(
    dealer_id        bigint      NOT NULL,
    repair_order_id  bigint      NOT NULL,
    number           int         NOT NULL CHECK (number > 0),
    method           text        NOT NULL CHECK (method IN ('SIGNATURE', 'PHONE_CALL')),
    approved_by_name text        NOT NULL CHECK (length(approved_by_name) BETWEEN 1 AND 200),
    phone            text CHECK (length(phone) <= 40),
    signature_png    bytea CHECK (octet_length(signature_png) <= 262144),
    amount           numeric(12, 2) NOT NULL,
    recorded_by      bigint      NOT NULL,
    recorded_at      timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, repair_order_id, number),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((method = 'SIGNATURE') = (signature_png IS NOT NULL)),
    CHECK (method <> 'PHONE_CALL' OR phone IS NOT NULL)
);

CREATE TABLE workshop.repair_order_line
(
    dealer_id       bigint         NOT NULL,
    repair_order_id bigint         NOT NULL,
    line_no         int            NOT NULL CHECK (line_no > 0),
    kind            text           NOT NULL CHECK (kind IN ('LABOUR', 'PART', 'SUBLET', 'OTHER')),
    code            text CHECK (length(code) <= 40),
    description     text           NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
    reason          text           NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
    quantity        numeric(9, 2)  NOT NULL CHECK (quantity > 0),
    unit            text           NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    unit_price      numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    payer           text           NOT NULL CHECK (payer IN ('CUSTOMER', 'WARRANTY', 'INSURANCE', 'INTERNAL')),
    work_type       text CHECK (work_type IN ('MAINTENANCE', 'MECHANICAL', 'BODY_AND_PAINT')),
    approval        text           NOT NULL CHECK (approval IN ('PROPOSED', 'APPROVED', 'DECLINED')),
    approval_no     int,
    supplement      boolean        NOT NULL,
    job             text CHECK (job IN ('WAITING', 'IN_PROGRESS', 'PAUSED', 'DONE')),
    technician_id   bigint,
    pause_reason    text CHECK (pause_reason IN ('WAITING_FOR_PARTS', 'WAITING_FOR_APPROVAL', 'END_OF_SHIFT',
                                                 'OTHER_WORK')),
    clocked_on_at   timestamptz,
    clocked_seconds int            NOT NULL DEFAULT 0 CHECK (clocked_seconds >= 0),
    reworks         int            NOT NULL DEFAULT 0 CHECK (reworks >= 0),
    PRIMARY KEY (dealer_id, repair_order_id, line_no),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, repair_order_id, approval_no)
        REFERENCES workshop.customer_approval (dealer_id, repair_order_id, number),
    FOREIGN KEY (dealer_id, technician_id) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((kind = 'LABOUR') = (job IS NOT NULL)),
    CHECK ((approval = 'PROPOSED') = (approval_no IS NULL))
);
-- Declined work is offered again at the next visit and shown on the 360 page.
CREATE INDEX repair_order_line_declined ON workshop.repair_order_line (dealer_id, repair_order_id)
    WHERE approval = 'DECLINED';

-- Each stretch of work on a job: who, from when to when. Hours clocked against hours sold come from here.
CREATE TABLE workshop.time_entry
(
    dealer_id       bigint      NOT NULL,
    repair_order_id bigint      NOT NULL,
    line_no         int         NOT NULL,
    technician_id   bigint      NOT NULL,
    started_at      timestamptz NOT NULL,
    ended_at        timestamptz NOT NULL CHECK (ended_at >= started_at),
    PRIMARY KEY (dealer_id, repair_order_id, line_no, started_at),
    FOREIGN KEY (dealer_id, repair_order_id, line_no)
        REFERENCES workshop.repair_order_line (dealer_id, repair_order_id, line_no),
    FOREIGN KEY (dealer_id, technician_id) REFERENCES dealer.user_account (dealer_id, id)
);
CREATE INDEX time_entry_by_technician ON workshop.time_entry (dealer_id, technician_id, started_at);

-- The three-level quality check (三级检验): every pass and every failure, with the inspector and their notes.
CREATE TABLE workshop.quality_check
(
    dealer_id       bigint      NOT NULL,
    repair_order_id bigint      NOT NULL,
    number          int         NOT NULL CHECK (number > 0),
    level           text        NOT NULL CHECK (level IN ('SELF', 'TEAM_LEADER', 'FINAL')),
    passed          boolean     NOT NULL,
    notes           text        NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    inspector_id    bigint      NOT NULL,
    checked_at      timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, repair_order_id, number),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, inspector_id) REFERENCES dealer.user_account (dealer_id, id),
    CHECK (passed OR length(notes) > 0)
);

-- How the bill was paid: several methods and partial payments; a company on account leaves a receivable.
CREATE TABLE workshop.payment
(
    dealer_id       bigint         NOT NULL,
    repair_order_id bigint         NOT NULL,
    number          int            NOT NULL CHECK (number > 0),
    method          text           NOT NULL CHECK (method IN ('CASH', 'CARD', 'WECHAT_PAY', 'ALIPAY', 'TRANSFER',
                                                              'ON_ACCOUNT')),
    amount          numeric(12, 2) NOT NULL CHECK (amount > 0),
    reference       text           NOT NULL DEFAULT '' CHECK (length(reference) <= 100),
    taken_by        bigint         NOT NULL,
    taken_at        timestamptz    NOT NULL,
    PRIMARY KEY (dealer_id, repair_order_id, number),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, taken_by) REFERENCES dealer.user_account (dealer_id, id)
);

SELECT dealer.isolate(t)
FROM unnest(ARRAY ['workshop.labour_operation', 'workshop.workshop_terms', 'workshop.customer_approval',
    'workshop.repair_order_line', 'workshop.time_entry', 'workshop.quality_check', 'workshop.payment']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['workshop.labour_operation', 'workshop.workshop_terms', 'workshop.customer_approval',
    'workshop.repair_order_line', 'workshop.time_entry', 'workshop.quality_check', 'workshop.payment']::regclass[]) t;
-- Approvals, checks, time and payments are records of what happened: never changed, never removed.
REVOKE UPDATE, DELETE ON workshop.customer_approval, workshop.quality_check, workshop.payment, workshop.time_entry
    FROM ${appRole};
REVOKE DELETE ON workshop.repair_order, workshop.labour_operation FROM ${appRole};

-- The cars in the workshop now, for its list: the orders not yet delivered, by promised time. Delivered and settled
-- orders, nearly all rows over the years, are left out of the index.
CREATE INDEX repair_order_in_workshop ON workshop.repair_order (dealer_id, promised_at)
    WHERE status NOT IN ('DELIVERED', 'SETTLED');

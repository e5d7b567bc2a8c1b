-- Follow-up calls (回访): one call task per delivered repair order, worked by the dealer's customer-relations agents.
CREATE SCHEMA followup;
GRANT USAGE ON SCHEMA followup TO ${appRole};

-- The dealer's own terms for follow-up calls; a dealer without a row works on the defaults in the code (day 1 to 3
-- after delivery, three tries, the default script from the message bundles).
CREATE TABLE followup.call_settings
(
    dealer_id    bigint      NOT NULL REFERENCES dealer.dealer,
    earliest_day int         NOT NULL CHECK (earliest_day BETWEEN 0 AND 30),
    latest_day   int         NOT NULL CHECK (latest_day BETWEEN 0 AND 60),
    max_attempts int         NOT NULL CHECK (max_attempts BETWEEN 1 AND 10),
    -- the call script in the dealer's own words; NULL keeps the default script in the reader's language
    script       text CHECK (length(script) BETWEEN 1 AND 2000),
    set_by       bigint      NOT NULL,
    set_at       timestamptz NOT NULL,
    PRIMARY KEY (dealer_id),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK (latest_day >= earliest_day)
);

-- One call task per delivered repair order: the unique key makes the delivery event, delivered twice, open one.
CREATE TABLE followup.call_task
(
    dealer_id         bigint      NOT NULL,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    repair_order_id   bigint      NOT NULL,
    repair_order_no   text        NOT NULL CHECK (length(repair_order_no) BETWEEN 1 AND 40),
    customer_id       bigint      NOT NULL,
    vehicle_id        bigint      NOT NULL,
    advisor_id        bigint      NOT NULL,
    advisor_rating    smallint CHECK (advisor_rating BETWEEN 1 AND 5),
    technician_rating smallint CHECK (technician_rating BETWEEN 1 AND 5),
    delivered_at      timestamptz NOT NULL,
    -- the call may be made from due_at; after overdue_at it is late
    due_at            timestamptz NOT NULL,
    overdue_at        timestamptz NOT NULL CHECK (overdue_at >= due_at),
    -- when to call next: due_at at first, later the time of the next try after a call nobody answered
    next_call_at      timestamptz NOT NULL,
    assigned_to       bigint,
    status            text        NOT NULL CHECK (status IN ('OPEN', 'REACHED', 'UNREACHABLE', 'WRONG_NUMBER',
                                                             'REFUSED', 'SMS_SURVEY_PENDING', 'NOT_CALLED')),
    -- why the customer is not called (phone consent withdrawn), as a code the pages translate
    reason            text CHECK (reason IN ('PHONE_WITHDRAWN_SMS_SURVEY_PAGE_MISSING', 'PHONE_WITHDRAWN_NO_SMS')),
    attempts          int         NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    closed_at         timestamptz,
    closed_by         bigint,
    created_at        timestamptz NOT NULL,
    version           int         NOT NULL DEFAULT 0,
    changed_by        bigint,
    changed_at        timestamptz,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, repair_order_id),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, assigned_to) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, closed_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, changed_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((status = 'OPEN') = (closed_at IS NULL)),
    CHECK ((reason IS NULL) = (status NOT IN ('SMS_SURVEY_PENDING', 'NOT_CALLED')))
);
-- an agent's queue and the manager's overdue list: open tasks by the time they fall due
CREATE INDEX call_task_open_by_agent ON followup.call_task (dealer_id, assigned_to, next_call_at) WHERE status = 'OPEN';
CREATE INDEX call_task_by_customer ON followup.call_task (dealer_id, customer_id);

-- Every call made on a task, with who made it and when: a record of what was said, never changed.
CREATE TABLE followup.call_attempt
(
    dealer_id   bigint      NOT NULL,
    task_id     bigint      NOT NULL,
    attempt_no  int         NOT NULL CHECK (attempt_no BETWEEN 1 AND 100),
    outcome     text        NOT NULL CHECK (outcome IN ('REACHED', 'NOT_REACHED', 'WRONG_NUMBER', 'REFUSED')),
    note        text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    recorded_by bigint      NOT NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, task_id, attempt_no),
    FOREIGN KEY (dealer_id, task_id) REFERENCES followup.call_task (dealer_id, id),
    FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id)
);

-- Whose turn it is to take the next call: the last agent given one, per dealer. Locked by each assignment, so two
-- deliveries at once are handed to two agents in turn, not both to the same.
CREATE TABLE followup.assignment_turn
(
    dealer_id     bigint NOT NULL REFERENCES dealer.dealer,
    last_agent_id bigint NOT NULL,
    PRIMARY KEY (dealer_id)
);

SELECT dealer.isolate(t)
FROM unnest(ARRAY ['followup.call_settings', 'followup.call_task', 'followup.call_attempt',
    'followup.assignment_turn']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['followup.call_settings', 'followup.call_task', 'followup.call_attempt']::regclass[]) t;
-- A task is closed, never removed; an attempt is what was said on a call, kept as recorded.
REVOKE DELETE ON followup.call_task, followup.call_settings FROM ${appRole};
REVOKE UPDATE, DELETE ON followup.call_attempt FROM ${appRole};

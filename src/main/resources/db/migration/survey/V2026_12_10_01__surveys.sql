-- Satisfaction surveys: the dealer's own questionnaires, its survey settings (the questionnaire its follow-up calls
-- ask, the CSI factor weights), and every response with its answers. The shipped CSI and SERVQUAL questionnaires live
-- in the code (shinrai.survey.DefaultQuestionnaires) with their texts in the message bundles, not here.
CREATE SCHEMA survey;
GRANT USAGE ON SCHEMA survey TO ${appRole};

-- A dealer's own questionnaire, in its own words (Chinese and English). Its questions are one document: a response
-- names the questionnaire's code and each question's key, so a questionnaire is never changed once created (a new
-- code for a new version), and never removed.
CREATE TABLE survey.questionnaire
(
    dealer_id  bigint      NOT NULL REFERENCES dealer.dealer,
    code       text        NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$' AND code NOT IN ('CSI', 'SERVQUAL')),
    name_zh    text        NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
    name_en    text        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    questions  jsonb       NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
    created_by bigint      NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, code),
    FOREIGN KEY (dealer_id, created_by) REFERENCES dealer.user_account (dealer_id, id)
);

-- The questionnaire the dealer's follow-up calls and survey links ask, and its CSI factor weights (per cent, summing
-- to 100). A dealer without a row asks the CSI questionnaire with the default weights in the code.
CREATE TABLE survey.settings
(
    dealer_id            bigint      NOT NULL REFERENCES dealer.dealer,
    active_questionnaire text        NOT NULL CHECK (length(active_questionnaire) BETWEEN 1 AND 30),
    weight_initiation    int         NOT NULL CHECK (weight_initiation BETWEEN 0 AND 100),
    weight_advisor       int         NOT NULL CHECK (weight_advisor BETWEEN 0 AND 100),
    weight_facility      int         NOT NULL CHECK (weight_facility BETWEEN 0 AND 100),
    weight_pick_up       int         NOT NULL CHECK (weight_pick_up BETWEEN 0 AND 100),
    weight_quality       int         NOT NULL CHECK (weight_quality BETWEEN 0 AND 100),
    set_by               bigint      NOT NULL,
    set_at               timestamptz NOT NULL,
    PRIMARY KEY (dealer_id),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK (weight_initiation + weight_advisor + weight_facility + weight_pick_up + weight_quality = 100)
);

-- One survey per visit: the unique repair order makes a public link answered once, and a call's survey recorded once.
CREATE TABLE survey.response
(
    dealer_id       bigint      NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    questionnaire   text        NOT NULL CHECK (length(questionnaire) BETWEEN 1 AND 30),
    -- how the questionnaire rolls up: CSI and SERVQUAL into their scores, OWN only as answers
    scoring         text        NOT NULL CHECK (scoring IN ('CSI', 'SERVQUAL', 'OWN')),
    repair_order_id bigint      NOT NULL,
    repair_order_no text        NOT NULL CHECK (length(repair_order_no) BETWEEN 1 AND 40),
    customer_id     bigint      NOT NULL,
    advisor_id      bigint      NOT NULL,
    call_task_id    bigint,
    channel         text        NOT NULL CHECK (channel IN ('CALL', 'PAGE')),
    recorded_by     bigint,
    answered_at     timestamptz NOT NULL,
    -- the first day of the month of answered_at in the dealer's time zone: what the monthly scores group by
    month           date        NOT NULL CHECK (extract(day FROM month) = 1),
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, repair_order_id),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, call_task_id) REFERENCES followup.call_task (dealer_id, id),
    FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((channel = 'CALL') = (call_task_id IS NOT NULL AND recorded_by IS NOT NULL))
);
CREATE INDEX response_by_month ON survey.response (dealer_id, month, scoring);
CREATE INDEX response_by_customer ON survey.response (dealer_id, customer_id);

-- The technicians who worked on the visit, as the response was recorded: the CSI per technician groups by them.
CREATE TABLE survey.response_technician
(
    dealer_id     bigint NOT NULL,
    response_id   bigint NOT NULL,
    technician_id bigint NOT NULL,
    PRIMARY KEY (dealer_id, response_id, technician_id),
    FOREIGN KEY (dealer_id, response_id) REFERENCES survey.response (dealer_id, id),
    FOREIGN KEY (dealer_id, technician_id) REFERENCES dealer.user_account (dealer_id, id)
);
CREATE INDEX response_technician_by_technician ON survey.response_technician (dealer_id, technician_id);

-- Each answer as given, with what the scores need kept beside it (the question's factor, scale and reverse coding),
-- so a month's scores are read from this table alone.
CREATE TABLE survey.answer
(
    dealer_id    bigint  NOT NULL,
    response_id  bigint  NOT NULL,
    position     int     NOT NULL CHECK (position BETWEEN 1 AND 200),
    question     text    NOT NULL CHECK (length(question) BETWEEN 1 AND 30),
    kind         text    NOT NULL CHECK (kind IN ('SCALE', 'CHOICE', 'TEXT')),
    factor       text CHECK (length(factor) BETWEEN 1 AND 30),
    scale_max    smallint CHECK (scale_max BETWEEN 2 AND 10),
    reverse      boolean NOT NULL DEFAULT false,
    -- the point chosen (SERVQUAL: the perception), and, SERVQUAL only, the expectation
    score        smallint CHECK (score BETWEEN 1 AND scale_max),
    expectation  smallint CHECK (expectation BETWEEN 1 AND scale_max),
    -- the score read as satisfaction: reverse items turned round (scale_max + 1 - score)
    satisfaction smallint CHECK (satisfaction BETWEEN 1 AND scale_max),
    choice       text CHECK (length(choice) BETWEEN 1 AND 30),
    text         text CHECK (length(text) BETWEEN 1 AND 2000),
    PRIMARY KEY (dealer_id, response_id, question),
    FOREIGN KEY (dealer_id, response_id) REFERENCES survey.response (dealer_id, id),
    CHECK ((kind = 'SCALE') = (scale_max IS NOT NULL)),
    CHECK ((score IS NULL) = (satisfaction IS NULL)),
    CHECK (satisfaction IS NULL OR satisfaction = CASE WHEN reverse THEN scale_max + 1 - score ELSE score END)
);

SELECT dealer.isolate(t)
FROM unnest(ARRAY ['survey.questionnaire', 'survey.settings', 'survey.response', 'survey.response_technician',
    'survey.answer']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['survey.questionnaire', 'survey.settings', 'survey.response', 'survey.response_technician',
    'survey.answer']::regclass[]) t;
-- A response and its answers are what the customer said: kept as recorded, never changed or removed. A questionnaire
-- is never changed once answers may name it.
REVOKE UPDATE, DELETE ON survey.response, survey.response_technician, survey.answer FROM ${appRole};
-- only a merge of two customers moves the duplicate's responses to the survivor
GRANT UPDATE (customer_id) ON survey.response TO ${appRole};
REVOKE UPDATE, DELETE ON survey.questionnaire FROM ${appRole};
REVOKE DELETE ON survey.settings FROM ${appRole};

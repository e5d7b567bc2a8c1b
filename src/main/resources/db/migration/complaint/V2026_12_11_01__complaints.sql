-- Complaints (投诉): each with its owner, its deadlines, its contact log, what was found and done, goodwill given and
-- the customer's confirmation. A complaint is closed, never removed; what was said and done is kept as recorded.
CREATE SCHEMA complaint;
GRANT USAGE ON SCHEMA complaint TO ${appRole};

-- The dealer's own terms; a dealer without a row works on the defaults in the code (ComplaintTerms.DEFAULT).
CREATE TABLE complaint.settings
(
    dealer_id                 bigint        NOT NULL REFERENCES dealer.dealer,
    -- hours to the first response and to the resolution, per severity
    critical_response_hours   int           NOT NULL CHECK (critical_response_hours BETWEEN 1 AND 720),
    critical_resolution_hours int           NOT NULL CHECK (critical_resolution_hours BETWEEN 1 AND 2160),
    high_response_hours       int           NOT NULL CHECK (high_response_hours BETWEEN 1 AND 720),
    high_resolution_hours     int           NOT NULL CHECK (high_resolution_hours BETWEEN 1 AND 2160),
    medium_response_hours     int           NOT NULL CHECK (medium_response_hours BETWEEN 1 AND 720),
    medium_resolution_hours   int           NOT NULL CHECK (medium_resolution_hours BETWEEN 1 AND 2160),
    low_response_hours        int           NOT NULL CHECK (low_response_hours BETWEEN 1 AND 720),
    low_resolution_hours      int           NOT NULL CHECK (low_resolution_hours BETWEEN 1 AND 2160),
    -- goodwill above this needs a manager's approval
    goodwill_limit            numeric(12, 2) NOT NULL CHECK (goodwill_limit >= 0),
    -- the dissatisfaction rule: any answer's satisfaction at or under this, any of these chosen answers (keys,
    -- separated by spaces), a delivery rating at or under this; NULL switches that part off
    satisfaction_at_most      smallint CHECK (satisfaction_at_most BETWEEN 1 AND 10),
    choices                   text          NOT NULL DEFAULT '' CHECK (length(choices) <= 500),
    rating_at_most            smallint CHECK (rating_at_most BETWEEN 1 AND 5),
    set_by                    bigint        NOT NULL,
    set_at                    timestamptz   NOT NULL,
    PRIMARY KEY (dealer_id),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id)
);

CREATE TABLE complaint.complaint
(
    dealer_id            bigint      NOT NULL,
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    source               text        NOT NULL CHECK (source IN ('FOLLOW_UP', 'PHONE', 'WALK_IN', 'ONLINE',
                                                                'NETWORK_HOTLINE', 'SOCIAL_MEDIA')),
    category             text        NOT NULL CHECK (category IN ('REPAIR_QUALITY', 'COMEBACK', 'WAITING_TIME',
                                                                  'PRICE_OR_BILL', 'STAFF_ATTITUDE',
                                                                  'PARTS_AVAILABILITY', 'VEHICLE_DAMAGE',
                                                                  'APPOINTMENT', 'OTHER')),
    severity             text        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    -- the customer's words as said: never changed (corrections go into the contact log)
    -- empty only when the dealer's rule opened it from answers without any free text
    customer_words       text        NOT NULL CHECK (length(customer_words) <= 2000),
    customer_id          bigint      NOT NULL,
    vehicle_id           bigint,
    repair_order_id      bigint,
    -- the survey response a dissatisfied answer opened it from: at most one complaint per response
    survey_response_id   bigint,
    -- what the dissatisfied survey answered, as question keys and scores (e.g. CSI · advisor 1/5)
    survey_detail        text CHECK (length(survey_detail) <= 1000),
    -- the delivery whose low rating opened it: at most one complaint per delivery, with the ratings given
    delivery_of          bigint,
    advisor_rating       smallint CHECK (advisor_rating BETWEEN 1 AND 5),
    technician_rating    smallint CHECK (technician_rating BETWEEN 1 AND 5),
    owner_id             bigint,
    status               text        NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED')),
    opened_at            timestamptz NOT NULL,
    opened_by            bigint,
    -- the deadlines of the current round (a reopened complaint starts a new round)
    round                int         NOT NULL DEFAULT 1 CHECK (round BETWEEN 1 AND 100),
    round_started_at     timestamptz NOT NULL,
    respond_by           timestamptz NOT NULL,
    resolve_by           timestamptz NOT NULL,
    -- the general manager hears of it when it is still unresolved at this time
    second_level_at      timestamptz NOT NULL,
    responded_at         timestamptz,
    responded_by         bigint,
    root_cause           text CHECK (length(root_cause) <= 2000),
    corrective_action    text CHECK (length(corrective_action) <= 2000),
    resolved_at          timestamptz,
    resolved_by          bigint,
    confirmation_method  text CHECK (confirmation_method IN ('PHONE', 'IN_PERSON', 'SMS', 'WECHAT', 'EMAIL',
                                                             'SURVEY')),
    confirmed_at         timestamptz,
    confirmation_note    text CHECK (length(confirmation_note) <= 2000),
    confirmation_by      bigint,
    closed_at            timestamptz,
    closed_by            bigint,
    version              int         NOT NULL DEFAULT 0,
    changed_by           bigint,
    changed_at           timestamptz,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, survey_response_id),
    UNIQUE (dealer_id, delivery_of),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, delivery_of) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, owner_id) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, opened_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, responded_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, resolved_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, confirmation_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, closed_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, changed_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (status NOT IN ('RESOLVED', 'CLOSED') OR resolved_at IS NOT NULL),
    CHECK (closed_at IS NULL OR confirmed_at IS NOT NULL),
    CHECK (status = 'OPEN' OR responded_at IS NOT NULL)
);
CREATE INDEX complaint_open ON complaint.complaint (dealer_id, resolve_by) WHERE status IN ('OPEN', 'IN_PROGRESS');
CREATE INDEX complaint_by_owner ON complaint.complaint (dealer_id, owner_id) WHERE status <> 'CLOSED';
CREATE INDEX complaint_by_customer ON complaint.complaint (dealer_id, customer_id);

-- Who spoke with the customer, when, on which channel, and what was said: kept as recorded.
CREATE TABLE complaint.contact
(
    dealer_id    bigint      NOT NULL,
    complaint_id bigint      NOT NULL,
    entry_no     int         NOT NULL CHECK (entry_no BETWEEN 1 AND 10000),
    channel      text        NOT NULL CHECK (channel IN ('PHONE', 'IN_PERSON', 'SMS', 'WECHAT', 'EMAIL', 'NOTE')),
    said         text        NOT NULL CHECK (length(said) BETWEEN 1 AND 2000),
    contacted_at timestamptz NOT NULL,
    recorded_by  bigint      NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, complaint_id, entry_no),
    FOREIGN KEY (dealer_id, complaint_id) REFERENCES complaint.complaint (dealer_id, id),
    FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id)
);

-- What happened to the complaint, step by step: opened, assigned, responded, resolved, confirmed, closed, reopened
-- (with the reason), goodwill decided.
CREATE TABLE complaint.step
(
    dealer_id    bigint      NOT NULL,
    complaint_id bigint      NOT NULL,
    step_no      int         NOT NULL CHECK (step_no BETWEEN 1 AND 10000),
    kind         text        NOT NULL CHECK (kind IN ('OPENED', 'ASSIGNED', 'RESPONDED', 'RESOLVED', 'CONFIRMED',
                                                      'CLOSED', 'REOPENED', 'GOODWILL_DECIDED')),
    staff_id     bigint,
    detail       text        NOT NULL DEFAULT '' CHECK (length(detail) <= 2000),
    by_id        bigint,
    at           timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, complaint_id, step_no),
    FOREIGN KEY (dealer_id, complaint_id) REFERENCES complaint.complaint (dealer_id, id),
    FOREIGN KEY (dealer_id, staff_id) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, by_id) REFERENCES dealer.user_account (dealer_id, id)
);

-- Goodwill given to settle the complaint; above the dealer's limit it waits for a manager's approval.
CREATE TABLE complaint.goodwill
(
    dealer_id    bigint         NOT NULL,
    complaint_id bigint         NOT NULL,
    goodwill_no  int            NOT NULL CHECK (goodwill_no BETWEEN 1 AND 100),
    kind         text           NOT NULL CHECK (kind IN ('FREE_LABOUR', 'FREE_PARTS', 'DISCOUNT', 'REFUND',
                                                         'VOUCHER', 'FREE_SERVICE', 'GIFT')),
    amount       numeric(12, 2) NOT NULL CHECK (amount > 0),
    description  text           NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    state        text           NOT NULL CHECK (state IN ('APPROVED', 'AWAITING_APPROVAL', 'REFUSED')),
    given_by     bigint         NOT NULL,
    given_at     timestamptz    NOT NULL,
    -- the manager who approved or refused it; none for goodwill within the limit
    decided_by   bigint,
    decided_at   timestamptz,
    PRIMARY KEY (dealer_id, complaint_id, goodwill_no),
    FOREIGN KEY (dealer_id, complaint_id) REFERENCES complaint.complaint (dealer_id, id),
    FOREIGN KEY (dealer_id, given_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, decided_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK (state <> 'AWAITING_APPROVAL' OR decided_by IS NULL),
    CHECK (state <> 'REFUSED' OR decided_by IS NOT NULL)
);

-- Each escalation made: the key lets each level of each round happen once, however often and however many sweeps run.
CREATE TABLE complaint.escalation
(
    dealer_id    bigint      NOT NULL,
    complaint_id bigint      NOT NULL,
    round        int         NOT NULL,
    level        smallint    NOT NULL CHECK (level IN (1, 2)),
    -- which deadline was missed
    missed       text        NOT NULL CHECK (missed IN ('RESPONSE', 'RESOLUTION')),
    escalated_at timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, complaint_id, round, level),
    FOREIGN KEY (dealer_id, complaint_id) REFERENCES complaint.complaint (dealer_id, id)
);

SELECT dealer.isolate(t)
FROM unnest(ARRAY ['complaint.settings', 'complaint.complaint', 'complaint.contact', 'complaint.step',
    'complaint.goodwill', 'complaint.escalation']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['complaint.settings', 'complaint.complaint', 'complaint.contact', 'complaint.step',
    'complaint.goodwill', 'complaint.escalation']::regclass[]) t;
-- A complaint is never deleted; what was said, done and escalated is kept as recorded.
REVOKE DELETE ON complaint.complaint, complaint.settings, complaint.goodwill FROM ${appRole};
REVOKE UPDATE, DELETE ON complaint.contact, complaint.step, complaint.escalation FROM ${appRole};

-- Every change of a dealer's complaint terms is announced (payload: the dealer's id), so each instance forgets the
-- terms it remembered: every delivery and every survey answer reads the dissatisfaction rule.
CREATE FUNCTION complaint.announce_terms_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('complaint_terms_changed', coalesce(NEW.dealer_id, OLD.dealer_id)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER announce_terms_change
    AFTER INSERT OR UPDATE OR DELETE
    ON complaint.settings
    FOR EACH ROW
EXECUTE FUNCTION complaint.announce_terms_change();

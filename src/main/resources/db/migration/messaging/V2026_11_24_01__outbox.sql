-- Every message Shinrai would send a customer, written in the same transaction as the business change that calls
-- for it (a transactional outbox). The sending adapters come later and take PENDING rows whose time has come;
-- until then the table is the exact record of what would have been sent, to whom, on which channel, and why.
CREATE SCHEMA messaging;
GRANT USAGE ON SCHEMA messaging TO ${appRole};

CREATE TABLE messaging.outbox_message
(
    dealer_id    bigint      NOT NULL REFERENCES dealer.dealer,
    id           bigint GENERATED ALWAYS AS IDENTITY,
    customer_id  bigint      NOT NULL,
    channel      text        NOT NULL CHECK (channel IN ('SMS', 'EMAIL', 'WECHAT', 'LETTER')),
    address      text        NOT NULL CHECK (length(address) BETWEEN 1 AND 320),
    purpose      text        NOT NULL CHECK (purpose IN ('BOOKING', 'OPEN_JOB', 'MARKETING')),
    topic        text        NOT NULL CHECK (topic ~ '^[A-Z_]{2,60}$'),
    reference    text        NOT NULL,
    body         text        NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
    due_at       timestamptz NOT NULL,
    status       text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'CANCELLED', 'SENT', 'FAILED')),
    created_at   timestamptz NOT NULL DEFAULT now(),
    cancelled_at timestamptz,
    PRIMARY KEY (dealer_id, id)
);
-- what the sender will take next, and what belongs to one appointment or job
CREATE INDEX outbox_due ON messaging.outbox_message (dealer_id, due_at) WHERE status = 'PENDING';
CREATE INDEX outbox_by_reference ON messaging.outbox_message (dealer_id, reference, topic);
CREATE INDEX outbox_by_customer ON messaging.outbox_message (dealer_id, customer_id, created_at DESC);

SELECT dealer.isolate('messaging.outbox_message');
SELECT audit.track_changes('messaging.outbox_message');
REVOKE DELETE ON messaging.outbox_message FROM ${appRole};

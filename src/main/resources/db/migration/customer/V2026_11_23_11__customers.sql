-- Customers: people and companies, how to reach them, what they consented to, and what happened with them.
CREATE SCHEMA customer;
GRANT USAGE ON SCHEMA customer TO ${appRole};

-- The searchable pieces of a name: every character and every pair of neighbouring characters, lower-cased,
-- each prefixed with the dealer, so one GIN lookup finds '张', '张伟' or 'auto' within one dealer. Works for
-- one- and two-character Chinese queries (trigrams cannot) and needs no locale support from the server.
CREATE FUNCTION customer.name_grams(p_dealer_id bigint, p_name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT coalesce(array_agg(DISTINCT p_dealer_id || ':' || gram), '{}')
FROM (SELECT substr(lower(p_name), i, 1) AS gram FROM generate_series(1, length(p_name)) i
      UNION ALL
      SELECT substr(lower(p_name), i, 2) FROM generate_series(1, length(p_name) - 1) i) pieces
WHERE gram !~ '\s'
$$;

CREATE TABLE customer.customer
(
    dealer_id            bigint      NOT NULL REFERENCES dealer.dealer,
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    kind                 text        NOT NULL CHECK (kind IN ('PERSON', 'COMPANY')),
    name                 text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    surname              text        NOT NULL DEFAULT '' CHECK (length(surname) <= 40),
    gender               text CHECK (gender IN ('MALE', 'FEMALE')),
    birthday             date,
    email                text        NOT NULL DEFAULT '',
    wechat_id            text        NOT NULL DEFAULT '',
    address              text        NOT NULL DEFAULT '',
    id_card_number       text        NOT NULL DEFAULT '',
    source               text        NOT NULL DEFAULT 'WALK_IN',
    tags                 text[]      NOT NULL DEFAULT '{}',
    preferred_advisor_id bigint,
    notes                text        NOT NULL DEFAULT '',
    merged_into          bigint,
    name_grams           text[] GENERATED ALWAYS AS (customer.name_grams(dealer_id, name)) STORED,
    created_at           timestamptz NOT NULL DEFAULT now(),
    version              int         NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id, id)
);
CREATE INDEX customer_by_name_grams ON customer.customer USING gin (name_grams);
CREATE INDEX customer_by_name ON customer.customer (dealer_id, name text_pattern_ops);

-- Phone numbers (E.164). Mobiles are validated Chinese mobiles; a company's contacts' numbers are here too.
CREATE TABLE customer.phone
(
    dealer_id   bigint NOT NULL,
    customer_id bigint NOT NULL,
    e164        text   NOT NULL CHECK (e164 ~ '^\+[1-9][0-9]{6,14}$'),
    kind        text   NOT NULL CHECK (kind IN ('MOBILE', 'OTHER')),
    label       text   NOT NULL DEFAULT '',
    position    smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id, customer_id, e164),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id)
);
CREATE INDEX phone_by_number ON customer.phone (dealer_id, e164);
-- the last four digits become a prefix of the reversed number
CREATE INDEX phone_by_reversed_number ON customer.phone (dealer_id, reverse(e164) text_pattern_ops);

-- Consent per channel, as history (PIPL): the newest event of a channel is the customer's current answer.
CREATE TABLE customer.consent_event
(
    dealer_id   bigint      NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    customer_id bigint      NOT NULL,
    channel     text        NOT NULL CHECK (channel IN ('SMS', 'PHONE_CALL', 'EMAIL', 'LETTER', 'WECHAT')),
    granted     boolean     NOT NULL,
    occurred_at timestamptz NOT NULL,
    method      text        NOT NULL CHECK (method IN ('SIGNED_FORM', 'VERBAL', 'WECHAT', 'WEB', 'IMPORT', 'OPT_OUT_REPLY')),
    recorded_by bigint,
    note        text        NOT NULL DEFAULT '',
    PRIMARY KEY (dealer_id, id),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id)
);
CREATE INDEX consent_by_customer ON customer.consent_event (dealer_id, customer_id, channel, occurred_at DESC, id DESC);

-- Everything that happened with a customer, appended by the modules where it happened.
CREATE TABLE customer.timeline_entry
(
    dealer_id   bigint      NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    customer_id bigint      NOT NULL,
    occurred_at timestamptz NOT NULL,
    kind        text        NOT NULL,
    summary_key text        NOT NULL,
    arguments   text[]      NOT NULL DEFAULT '{}',
    reference   text        NOT NULL DEFAULT '',
    PRIMARY KEY (dealer_id, id),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id)
);
CREATE INDEX timeline_by_customer ON customer.timeline_entry (dealer_id, customer_id, occurred_at DESC, id DESC);

SELECT dealer.isolate('customer.customer');
SELECT dealer.isolate('customer.phone');
SELECT dealer.isolate('customer.consent_event');
SELECT dealer.isolate('customer.timeline_entry');
REVOKE UPDATE, DELETE ON customer.consent_event FROM ${appRole};
SELECT audit.track_changes('customer.customer', 'dealer_id', '{version,name_grams}');
SELECT audit.track_changes('customer.phone');
SELECT audit.track_changes('customer.consent_event');

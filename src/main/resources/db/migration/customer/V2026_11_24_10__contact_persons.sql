-- The named people of a company customer (a fleet): who manages the cars, who drives them, who pays. Staff find the
-- company by a contact's mobile as by its own numbers: the full E.164 number and its stored last four digits, each
-- compared with = (leakproof, so the index serves the search under row-level security, as for customer.phone).
-- DML for ${appRole} comes from the default privileges; row-level security decides which rows it sees.
CREATE TABLE customer.contact_person
(
    dealer_id   bigint  NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    customer_id bigint  NOT NULL,
    name        text    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role        text    NOT NULL DEFAULT '' CHECK (length(role) <= 60),
    e164        text    NOT NULL CHECK (e164 ~ '^\+861[0-9]{10}$'),
    last_four   text GENERATED ALWAYS AS (right(e164, 4)) STORED,
    email       text    NOT NULL DEFAULT '' CHECK (length(email) <= 200),
    notes       text    NOT NULL DEFAULT '' CHECK (length(notes) <= 1000),
    is_primary  boolean NOT NULL DEFAULT false,
    PRIMARY KEY (dealer_id, id),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id)
);
CREATE INDEX contact_person_by_customer ON customer.contact_person (dealer_id, customer_id);
CREATE INDEX contact_person_by_number ON customer.contact_person (dealer_id, e164);
CREATE INDEX contact_person_by_last_four ON customer.contact_person (dealer_id, last_four);
-- At most one primary contact per company.
CREATE UNIQUE INDEX contact_person_one_primary ON customer.contact_person (dealer_id, customer_id) WHERE is_primary;

SELECT dealer.isolate('customer.contact_person');
SELECT audit.track_changes('customer.contact_person', 'dealer_id', '{last_four}');

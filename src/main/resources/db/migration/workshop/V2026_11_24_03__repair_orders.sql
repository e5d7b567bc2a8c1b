-- Repair orders (委托书): opened at reception; estimate, promised time, dispatch and the checks follow later.
CREATE SCHEMA workshop;
GRANT USAGE ON SCHEMA workshop TO ${appRole};

CREATE TABLE workshop.repair_order
(
    dealer_id      bigint      NOT NULL REFERENCES dealer.dealer,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    number         text        NOT NULL CHECK (number ~ '^RO[0-9]{8}-[0-9]{4,}$'),
    customer_id    bigint      NOT NULL,
    vehicle_id     bigint      NOT NULL,
    advisor_id     bigint      NOT NULL,
    appointment_id bigint,
    customer_words text        NOT NULL CHECK (length(customer_words) BETWEEN 1 AND 4000),
    kilometres     int CHECK (kilometres >= 0),
    status         text        NOT NULL CHECK (status IN ('OPENED')),
    opened_at      timestamptz NOT NULL,
    version        int         NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, number)
);
CREATE INDEX repair_order_by_vehicle ON workshop.repair_order (dealer_id, vehicle_id, opened_at DESC);
CREATE INDEX repair_order_by_customer ON workshop.repair_order (dealer_id, customer_id, opened_at DESC);
CREATE INDEX repair_order_open ON workshop.repair_order (dealer_id, opened_at) WHERE status <> 'CLOSED';

-- Numbers run per dealer and day (RO20261124-0001); the counter row is locked by the update, so two advisors
-- opening orders at once never get the same number.
CREATE TABLE workshop.order_number
(
    dealer_id bigint NOT NULL REFERENCES dealer.dealer,
    day       date   NOT NULL,
    last      int    NOT NULL,
    PRIMARY KEY (dealer_id, day)
);

SELECT dealer.isolate('workshop.repair_order');
SELECT dealer.isolate('workshop.order_number');
SELECT audit.track_changes('workshop.repair_order', 'dealer_id', '{version}');

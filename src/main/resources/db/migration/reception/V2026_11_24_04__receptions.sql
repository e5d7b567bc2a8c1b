-- Reception (接待): what the customer said, in their own words, and the state the car came in. A reception is a
-- record of the moment: written once, in one transaction with the repair order it opens, never changed.
CREATE SCHEMA reception;
GRANT USAGE ON SCHEMA reception TO ${appRole};

CREATE TABLE reception.reception
(
    dealer_id            bigint      NOT NULL REFERENCES dealer.dealer,
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    appointment_id       bigint,
    customer_id          bigint      NOT NULL,
    vehicle_id           bigint      NOT NULL,
    advisor_id           bigint      NOT NULL,
    customer_words       text        NOT NULL CHECK (length(btrim(customer_words)) BETWEEN 1 AND 4000),
    kilometres           int         NOT NULL CHECK (kilometres >= 0),
    fuel_eighths         smallint    NOT NULL CHECK (fuel_eighths BETWEEN 0 AND 8),
    valuables            text        NOT NULL DEFAULT '' CHECK (length(valuables) <= 1000),
    seat_cover           boolean     NOT NULL,
    floor_mat            boolean     NOT NULL,
    steering_wheel_cover boolean     NOT NULL,
    repair_order_id      bigint      NOT NULL,
    received_at          timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, id)
);
CREATE INDEX reception_by_vehicle ON reception.reception (dealer_id, vehicle_id, received_at DESC);
CREATE UNIQUE INDEX reception_once_per_appointment ON reception.reception (dealer_id, appointment_id)
    WHERE appointment_id IS NOT NULL;

-- Visible damage found on the walk-around, as marks on the car diagram (x and y in per cent of the drawing).
CREATE TABLE reception.damage_mark
(
    dealer_id    bigint       NOT NULL,
    reception_id bigint       NOT NULL,
    position     smallint     NOT NULL,
    x            numeric(5, 2) NOT NULL CHECK (x BETWEEN 0 AND 100),
    y            numeric(5, 2) NOT NULL CHECK (y BETWEEN 0 AND 100),
    kind         text         NOT NULL CHECK (kind IN ('SCRATCH', 'DENT', 'CHIP', 'CRACK', 'OTHER')),
    note         text         NOT NULL DEFAULT '' CHECK (length(note) <= 200),
    PRIMARY KEY (dealer_id, reception_id, position),
    FOREIGN KEY (dealer_id, reception_id) REFERENCES reception.reception (dealer_id, id)
);

SELECT dealer.isolate('reception.reception');
SELECT dealer.isolate('reception.damage_mark');
SELECT audit.track_changes('reception.reception');
-- the customer's words are never rewritten: the runtime role may only add receptions, and move them to the
-- surviving record when two customers are merged
REVOKE UPDATE, DELETE ON reception.reception, reception.damage_mark FROM ${appRole};
GRANT UPDATE (customer_id) ON reception.reception TO ${appRole};

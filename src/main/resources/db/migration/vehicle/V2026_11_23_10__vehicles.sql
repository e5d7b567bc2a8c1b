-- Vehicles: identity (VIN, plate), model, odometer history and ownership over time. The service history stays
-- with the vehicle when its owner changes. Each dealer keeps its own record of a car it has served.
CREATE SCHEMA vehicle;
GRANT USAGE ON SCHEMA vehicle TO ${appRole};

-- The models a dealer sells and services; seeded per dealer and extended by it.
CREATE TABLE vehicle.model
(
    dealer_id  bigint NOT NULL REFERENCES dealer.dealer,
    id         bigint GENERATED ALWAYS AS IDENTITY,
    brand      text   NOT NULL CHECK (length(brand) BETWEEN 1 AND 60),
    series     text   NOT NULL CHECK (length(series) BETWEEN 1 AND 60),
    model_name text   NOT NULL DEFAULT '' CHECK (length(model_name) <= 120),
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, brand, series, model_name)
);

CREATE TABLE vehicle.vehicle
(
    dealer_id         bigint      NOT NULL REFERENCES dealer.dealer,
    id                bigint GENERATED ALWAYS AS IDENTITY,
    vin               text        NOT NULL CHECK (vin ~ '^[A-HJ-NPR-Z0-9]{17}$'),
    plate             text,
    -- the plate without its province character, for searches that leave it out (A12345 for 沪A12345); the
    -- same list as PlateNumber.withoutProvince(), so 使224009 or 民航A1234 keep their first character
    plate_tail        text GENERATED ALWAYS AS (CASE
                                                    WHEN plate ~ '^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]'
                                                        THEN substr(plate, 2)
                                                    ELSE plate END) STORED,
    owner_id          bigint,
    brand             text        NOT NULL DEFAULT '',
    series            text        NOT NULL DEFAULT '',
    model_name        text        NOT NULL DEFAULT '',
    model_year        smallint CHECK (model_year BETWEEN 1950 AND 2100),
    colour            text        NOT NULL DEFAULT '',
    engine_number     text        NOT NULL DEFAULT '',
    purchase_date     date,
    warranty_start    date,
    insurance_company text        NOT NULL DEFAULT '',
    insurance_expiry  date,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           int         NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, vin)
);
CREATE INDEX vehicle_by_plate ON vehicle.vehicle (dealer_id, plate);
CREATE INDEX vehicle_by_plate_tail ON vehicle.vehicle (dealer_id, plate_tail);
-- VIN suffixes (last 6 or 8) become prefixes of the reversed VIN
CREATE INDEX vehicle_by_reversed_vin ON vehicle.vehicle (dealer_id, reverse(vin) text_pattern_ops);
CREATE INDEX vehicle_by_owner ON vehicle.vehicle (dealer_id, owner_id);

-- Odometer readings over time; a reading lower than the last is only accepted as a meter replacement.
CREATE TABLE vehicle.odometer_reading
(
    dealer_id      bigint      NOT NULL,
    id             bigint GENERATED ALWAYS AS IDENTITY,
    vehicle_id     bigint      NOT NULL,
    kilometres     int         NOT NULL CHECK (kilometres BETWEEN 0 AND 3000000),
    read_at        timestamptz NOT NULL,
    meter_replaced boolean     NOT NULL DEFAULT false,
    source         text        NOT NULL CHECK (source IN ('MANUAL', 'RECEPTION', 'IMPORT', 'API')),
    recorded_by    bigint,
    PRIMARY KEY (dealer_id, id),
    FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id)
);
CREATE INDEX odometer_by_vehicle ON vehicle.odometer_reading (dealer_id, vehicle_id, read_at DESC, id DESC);

-- Who owned the vehicle when. The open period (until IS NULL) is the current owner.
CREATE TABLE vehicle.ownership
(
    dealer_id   bigint      NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    vehicle_id  bigint      NOT NULL,
    customer_id bigint      NOT NULL,
    since       timestamptz NOT NULL,
    until       timestamptz,
    reason      text        NOT NULL CHECK (reason IN ('REGISTERED', 'SOLD', 'INHERITED', 'CORRECTED', 'MERGED')),
    PRIMARY KEY (dealer_id, id),
    FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    CHECK (until IS NULL OR until >= since)
);
CREATE UNIQUE INDEX ownership_one_current_owner ON vehicle.ownership (dealer_id, vehicle_id) WHERE until IS NULL;
CREATE INDEX ownership_by_customer ON vehicle.ownership (dealer_id, customer_id);

SELECT dealer.isolate('vehicle.model');
SELECT dealer.isolate('vehicle.vehicle');
SELECT dealer.isolate('vehicle.odometer_reading');
SELECT dealer.isolate('vehicle.ownership');
SELECT audit.track_changes('vehicle.model');
SELECT audit.track_changes('vehicle.vehicle', 'dealer_id', '{version,plate_tail}');
SELECT audit.track_changes('vehicle.odometer_reading');
SELECT audit.track_changes('vehicle.ownership');

-- Appointments (预约): what a dealer can take per time slot, when it is closed, and the bookings themselves.
CREATE SCHEMA appointment;
GRANT USAGE ON SCHEMA appointment TO ${appRole};

-- How a dealer books. A row exists only once the dealer changed the defaults the application knows.
CREATE TABLE appointment.booking_rules
(
    dealer_id             bigint  NOT NULL REFERENCES dealer.dealer,
    slot_minutes          int     NOT NULL CHECK (slot_minutes IN (15, 20, 30, 60)),
    per_advisor_per_slot  int     NOT NULL CHECK (per_advisor_per_slot BETWEEN 1 AND 20),
    -- reception lanes: at most this many cars arrive in one slot, however many advisors are on duty
    max_per_slot          int CHECK (max_per_slot BETWEEN 1 AND 100),
    horizon_days          int     NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
    late_after_minutes    int     NOT NULL CHECK (late_after_minutes BETWEEN 0 AND 240),
    no_show_after_minutes int     NOT NULL CHECK (no_show_after_minutes BETWEEN 0 AND 720),
    reminder_time         time    NOT NULL,
    version               int     NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id)
);

-- Workshop capacity by section: bays say how many of its jobs can start in one slot, technician hours how much
-- work a day can take.
CREATE TABLE appointment.workshop_capacity
(
    dealer_id        bigint       NOT NULL REFERENCES dealer.dealer,
    section          text         NOT NULL CHECK (section IN ('QUICK_SERVICE', 'MECHANICAL', 'BODY_PAINT')),
    bays             int          NOT NULL CHECK (bays BETWEEN 0 AND 200),
    technician_hours numeric(6, 1) NOT NULL CHECK (technician_hours BETWEEN 0 AND 5000),
    PRIMARY KEY (dealer_id, section)
);

CREATE TABLE appointment.holiday
(
    dealer_id bigint NOT NULL REFERENCES dealer.dealer,
    day       date   NOT NULL,
    name      text   NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    PRIMARY KEY (dealer_id, day)
);

-- Time nobody may book: the whole dealer (advisor_id IS NULL) or one advisor (training, leave).
CREATE TABLE appointment.blocked_time
(
    dealer_id  bigint      NOT NULL REFERENCES dealer.dealer,
    id         bigint GENERATED ALWAYS AS IDENTITY,
    advisor_id bigint,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    reason     text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    PRIMARY KEY (dealer_id, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX blocked_time_by_start ON appointment.blocked_time (dealer_id, starts_at);

CREATE TABLE appointment.appointment
(
    dealer_id       bigint       NOT NULL REFERENCES dealer.dealer,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    customer_id     bigint       NOT NULL,
    vehicle_id      bigint       NOT NULL,
    advisor_id      bigint       NOT NULL,
    technician_id   bigint,
    day             date         NOT NULL, -- in the dealer's time zone: the day lists are by it
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL,
    services        text[]       NOT NULL CHECK (cardinality(services) BETWEEN 1 AND 20),
    section         text         NOT NULL CHECK (section IN ('QUICK_SERVICE', 'MECHANICAL', 'BODY_PAINT')),
    estimated_hours numeric(5, 1) NOT NULL CHECK (estimated_hours > 0),
    description     text         NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    transport       text         NOT NULL CHECK (transport IN ('WAIT', 'DROP_OFF', 'PICKUP_DELIVERY')),
    booked_via      text         NOT NULL CHECK (booked_via IN ('PHONE', 'WALK_IN', 'ONLINE', 'API')),
    status          text         NOT NULL CHECK (status IN ('BOOKED', 'ARRIVED', 'RECEIVED', 'NO_SHOW', 'CANCELLED')),
    arrived_at      timestamptz,
    late_minutes    int,
    parts_note      text         NOT NULL DEFAULT '' CHECK (length(parts_note) <= 1000),
    cancel_reason   text         NOT NULL DEFAULT '',
    booked_by       bigint,
    booked_at       timestamptz  NOT NULL DEFAULT now(),
    version         int          NOT NULL DEFAULT 0,
    PRIMARY KEY (dealer_id, id),
    CHECK (ends_at > starts_at)
);
CREATE INDEX appointment_by_day ON appointment.appointment (dealer_id, day, starts_at);
CREATE INDEX appointment_by_vehicle ON appointment.appointment (dealer_id, vehicle_id, starts_at DESC);
CREATE INDEX appointment_by_customer ON appointment.appointment (dealer_id, customer_id);

-- One row per dealer and day, locked by every booking of that day: bookings of one day take turns, so two people
-- can never both take the last place in a slot, whatever the isolation level.
CREATE TABLE appointment.booking_day
(
    dealer_id bigint NOT NULL REFERENCES dealer.dealer,
    day       date   NOT NULL,
    PRIMARY KEY (dealer_id, day)
);

SELECT dealer.isolate('appointment.booking_rules');
SELECT dealer.isolate('appointment.workshop_capacity');
SELECT dealer.isolate('appointment.holiday');
SELECT dealer.isolate('appointment.blocked_time');
SELECT dealer.isolate('appointment.appointment');
SELECT dealer.isolate('appointment.booking_day');
SELECT audit.track_changes('appointment.booking_rules', 'dealer_id', '{version}');
SELECT audit.track_changes('appointment.workshop_capacity');
SELECT audit.track_changes('appointment.holiday');
SELECT audit.track_changes('appointment.blocked_time');
SELECT audit.track_changes('appointment.appointment', 'dealer_id', '{version}');

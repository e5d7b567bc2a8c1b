-- The month's targets the service manager sets, against which the daily report (日报) shows the day and the month to
-- date. One row per dealer and month (the month's first day); a figure left empty has no target.
CREATE SCHEMA report;
GRANT USAGE ON SCHEMA report TO ${appRole};

CREATE TABLE report.monthly_target
(
    dealer_id              bigint         NOT NULL REFERENCES dealer.dealer,
    month                  date           NOT NULL CHECK (extract(day FROM month) = 1),
    cars_in                int CHECK (cars_in BETWEEN 0 AND 1000000),
    labour_revenue         numeric(14, 2) CHECK (labour_revenue BETWEEN 0 AND 999999999999),
    parts_revenue          numeric(14, 2) CHECK (parts_revenue BETWEEN 0 AND 999999999999),
    sublet_revenue         numeric(14, 2) CHECK (sublet_revenue BETWEEN 0 AND 999999999999),
    hours_sold             numeric(9, 1) CHECK (hours_sold BETWEEN 0 AND 10000000),
    promises_kept_percent  numeric(5, 1) CHECK (promises_kept_percent BETWEEN 0 AND 100),
    set_by                 bigint         NOT NULL,
    set_at                 timestamptz    NOT NULL,
    PRIMARY KEY (dealer_id, month),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id)
);

SELECT dealer.isolate('report.monthly_target');
SELECT audit.track_changes('report.monthly_target');
REVOKE DELETE ON report.monthly_target FROM ${appRole};

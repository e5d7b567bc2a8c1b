-- The CSI factor weights in effect per month: a change holds from the month it is made in (in the dealer's time zone)
-- until the next change, so a month is always scored with the weights of that month and changing the weights no
-- longer rescores the months before. The last change within a month is the one that month keeps. A month before a
-- dealer's first change is scored with the default weights.
CREATE TABLE survey.weights_change
(
    dealer_id         bigint      NOT NULL REFERENCES dealer.dealer,
    effective_month   date        NOT NULL CHECK (extract(day FROM effective_month) = 1),
    weight_initiation int         NOT NULL CHECK (weight_initiation BETWEEN 0 AND 100),
    weight_advisor    int         NOT NULL CHECK (weight_advisor BETWEEN 0 AND 100),
    weight_facility   int         NOT NULL CHECK (weight_facility BETWEEN 0 AND 100),
    weight_pick_up    int         NOT NULL CHECK (weight_pick_up BETWEEN 0 AND 100),
    weight_quality    int         NOT NULL CHECK (weight_quality BETWEEN 0 AND 100),
    set_by            bigint      NOT NULL,
    set_at            timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, effective_month),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK (weight_initiation + weight_advisor + weight_facility + weight_pick_up + weight_quality = 100)
);

-- Weights set before this version held for every month (each change rescored them all); they are kept so, from
-- the first month anyone can pick, and the months keep the scores they showed.
INSERT INTO survey.weights_change (dealer_id, effective_month, weight_initiation, weight_advisor, weight_facility,
                                   weight_pick_up, weight_quality, set_by, set_at)
SELECT dealer_id, DATE '2000-01-01', weight_initiation, weight_advisor, weight_facility, weight_pick_up,
       weight_quality, set_by, set_at
FROM survey.settings;

SELECT dealer.isolate('survey.weights_change');
SELECT audit.track_changes('survey.weights_change');
REVOKE DELETE ON survey.weights_change FROM ${appRole};

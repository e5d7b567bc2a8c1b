-- The month's customers at risk (月度客户关注清单): the dissatisfied, the follow-up problems and the customers lost since
-- their last visit. The lists themselves are read from the modules that own their sources (follow-up calls, repair
-- orders) whenever they are shown, so they are never stale; what this module keeps is who owns each entry and what
-- came of it.
CREATE SCHEMA retention;
GRANT USAGE ON SCHEMA retention TO ${appRole};

-- The dealer's own terms; a dealer without a row counts a customer lost after 12 months without a visit.
CREATE TABLE retention.settings
(
    dealer_id         bigint      NOT NULL REFERENCES dealer.dealer,
    lost_after_months int         NOT NULL CHECK (lost_after_months BETWEEN 3 AND 36),
    set_by            bigint      NOT NULL,
    set_at            timestamptz NOT NULL,
    PRIMARY KEY (dealer_id),
    FOREIGN KEY (dealer_id, set_by) REFERENCES dealer.user_account (dealer_id, id)
);

-- One entry of a month's list taken in hand: its owner and its result. The entry is named by the month, the list, the
-- customer and what put them on it (a call task, a repair order), so the same customer can be on two lists.
CREATE TABLE retention.list_entry
(
    dealer_id   bigint      NOT NULL,
    id          bigint GENERATED ALWAYS AS IDENTITY,
    month       date        NOT NULL CHECK (extract(DAY FROM month) = 1),
    kind        text        NOT NULL CHECK (kind IN ('DISSATISFIED', 'FOLLOW_UP_PROBLEM', 'LOST')),
    customer_id bigint      NOT NULL,
    subject     text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 40),
    owner_id    bigint,
    result      text CHECK (result IN ('RESOLVED', 'UNRESOLVED', 'WON_BACK', 'UNREACHABLE', 'MOVED_AWAY',
                                       'VEHICLE_SOLD', 'WENT_ELSEWHERE', 'DECLINED', 'OTHER')),
    note        text        NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    version     int         NOT NULL DEFAULT 0,
    changed_by  bigint      NOT NULL,
    changed_at  timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, month, kind, customer_id, subject),
    FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    FOREIGN KEY (dealer_id, owner_id) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, changed_by) REFERENCES dealer.user_account (dealer_id, id)
);

SELECT dealer.isolate(t)
FROM unnest(ARRAY ['retention.settings', 'retention.list_entry']::regclass[]) t;
SELECT audit.track_changes(t)
FROM unnest(ARRAY ['retention.settings', 'retention.list_entry']::regclass[]) t;
-- What was decided about a customer at risk is kept.
REVOKE DELETE ON retention.settings, retention.list_entry FROM ${appRole};

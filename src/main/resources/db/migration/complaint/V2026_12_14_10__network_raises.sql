-- The complaints a network's hotline raised to its dealers, so the network can follow each dealer's progress on
-- them. Written in the dealer's scope with the complaint (NetworkHotline); read by the network's staff, who read
-- their dealers' rows anyway (dealer.readable_dealers) and by this table find the complaints that are theirs.
CREATE TABLE complaint.network_raise
(
    dealer_id     bigint      NOT NULL,
    complaint_id  bigint      NOT NULL,
    network_id    bigint      NOT NULL REFERENCES dealer.network,
    -- the network user who raised it, and their name as it was then
    raised_by     bigint      NOT NULL REFERENCES dealer.user_account,
    raised_by_name text       NOT NULL CHECK (length(raised_by_name) BETWEEN 1 AND 200),
    raised_at     timestamptz NOT NULL,
    PRIMARY KEY (dealer_id, complaint_id),
    FOREIGN KEY (dealer_id, complaint_id) REFERENCES complaint.complaint (dealer_id, id)
);
-- The network's page lists what it raised, the newest first, across its dealers.
CREATE INDEX network_raise_by_network ON complaint.network_raise (network_id, raised_at DESC);

-- The dealer's staff and its network read the row (the network only its own: a dealer belongs to one network);
-- it is written in the dealer's scope, once, and never changed.
SELECT dealer.isolate('complaint.network_raise');
CREATE POLICY network_reads ON complaint.network_raise FOR SELECT
    USING (network_id = (SELECT dealer.current_network()));
SELECT audit.track_changes('complaint.network_raise');
REVOKE UPDATE, DELETE ON complaint.network_raise FROM ${appRole};

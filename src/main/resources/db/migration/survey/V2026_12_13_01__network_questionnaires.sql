-- A network's questionnaire: the carmaker or distributor writes it once for all its dealers, in Chinese and English,
-- and each dealer's service manager may choose it for the follow-up calls and survey links like its own. Its code is
-- unique within the network and never the code of one of its dealers' own questionnaires (checked when either is
-- written), so a response names it by its code as it names the others, with scoring NETWORK. Never changed (a new code
-- for a new version) and never removed: retiring it keeps it for the responses that name it and stops new calls
-- from asking it.
CREATE TABLE survey.network_questionnaire
(
    network_id bigint      NOT NULL REFERENCES dealer.network,
    code       text        NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$' AND code NOT IN ('CSI', 'SERVQUAL')),
    name_zh    text        NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 200),
    name_en    text        NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    questions  jsonb       NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
    created_by bigint      NOT NULL REFERENCES dealer.user_account,
    created_at timestamptz NOT NULL,
    retired_by bigint REFERENCES dealer.user_account,
    retired_at timestamptz,
    PRIMARY KEY (network_id, code),
    CHECK ((retired_by IS NULL) = (retired_at IS NULL))
);

-- Read by the network's own staff and by the staff of each of its dealers (a dealer's scope names its dealer, whose
-- network is read from the dealer table; the public survey page has no network in its scope). Written only by a
-- network user of the network (no dealer in the scope: the network analyst), never by a dealer. The sub-selects are
-- evaluated once per statement.
ALTER TABLE survey.network_questionnaire ENABLE ROW LEVEL SECURITY;
CREATE POLICY network_reads ON survey.network_questionnaire FOR SELECT
    USING (network_id = (SELECT CASE
                                    WHEN dealer.writable_dealer() IS NOT NULL
                                        THEN (SELECT d.network_id FROM dealer.dealer d
                                              WHERE d.id = dealer.writable_dealer())
                                    ELSE dealer.current_network()
                                    END));
CREATE POLICY network_writes ON survey.network_questionnaire FOR INSERT
    WITH CHECK ((SELECT dealer.writable_dealer()) IS NULL AND network_id = (SELECT dealer.current_network()));
CREATE POLICY network_retires ON survey.network_questionnaire FOR UPDATE
    USING ((SELECT dealer.writable_dealer()) IS NULL AND network_id = (SELECT dealer.current_network()))
    WITH CHECK ((SELECT dealer.writable_dealer()) IS NULL AND network_id = (SELECT dealer.current_network()));
-- audited as a network-level event (no dealer)
SELECT audit.track_changes('survey.network_questionnaire');
REVOKE UPDATE, DELETE ON survey.network_questionnaire FROM ${appRole};
GRANT UPDATE (retired_by, retired_at) ON survey.network_questionnaire TO ${appRole};

-- A response to a network questionnaire is scored like one to the dealer's own, and says whose it was.
ALTER TABLE survey.response DROP CONSTRAINT response_scoring_check;
ALTER TABLE survey.response ADD CONSTRAINT response_scoring_check
    CHECK (scoring IN ('CSI', 'SERVQUAL', 'OWN', 'NETWORK'));

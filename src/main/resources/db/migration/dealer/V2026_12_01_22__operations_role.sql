-- Operations staff watch the installation (metrics, health details) and belong to no dealer, like network
-- analysts: accounts without a dealer may hold either role, and nothing else.
DO
$$
    DECLARE
        old_check name;
    BEGIN
        SELECT c.conname
        INTO old_check
        FROM pg_constraint c
        WHERE c.conrelid = 'dealer.user_account'::regclass
          AND c.contype = 'c'
          AND pg_get_constraintdef(c.oid) LIKE '%NETWORK_ANALYST%';
        EXECUTE format('ALTER TABLE dealer.user_account DROP CONSTRAINT %I', old_check);
    END
$$;

ALTER TABLE dealer.user_account
    ADD CONSTRAINT user_account_without_dealer_holds_network_roles
        CHECK (dealer_id IS NOT NULL OR roles <@ ARRAY ['NETWORK_ANALYST', 'OPERATIONS']);

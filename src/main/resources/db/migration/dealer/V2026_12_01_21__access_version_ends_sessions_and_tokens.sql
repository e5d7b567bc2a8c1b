-- Revocation that takes effect at once. Every web session and API token remembers the access version of its
-- account when it began; each request compares it with the account's current one and refuses a session or token
-- from before. The version moves whenever access is taken away or its basis changes: a new password (reset by an
-- admin or changed by the person), other roles, disabling, and a lock-out by wrong passwords. A trigger moves it,
-- not the application, so every path that changes those columns counts, the SECURITY DEFINER functions included.
-- A later cache of accounts can key on (id, access_version).
ALTER TABLE dealer.user_account
    ADD COLUMN access_version bigint NOT NULL DEFAULT 0;

CREATE FUNCTION dealer.move_access_version() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.password_hash IS DISTINCT FROM OLD.password_hash
        OR NOT (NEW.roles @> OLD.roles AND NEW.roles <@ OLD.roles)
        OR (OLD.enabled AND NOT NEW.enabled)
        OR (NEW.locked_until > now() AND (OLD.locked_until IS NULL OR OLD.locked_until <= now())) THEN
        NEW.access_version := OLD.access_version + 1;
    ELSE
        NEW.access_version := OLD.access_version; -- only this trigger moves it
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER move_access_version
    BEFORE UPDATE
    ON dealer.user_account
    FOR EACH ROW
EXECUTE FUNCTION dealer.move_access_version();

-- The audit log records what changed (the password, the roles, the lock); the version itself is bookkeeping.
DROP TRIGGER audit_changes ON dealer.user_account;
SELECT audit.track_changes('dealer.user_account', 'dealer_id',
                           '{version,access_version,failed_sign_ins,last_sign_in_at}');

-- The sign-in lookup also tells the version a new session or token starts from, and whether it is a demo account.
DROP FUNCTION dealer.find_sign_in_account(text);
CREATE FUNCTION dealer.find_sign_in_account(p_username text)
    RETURNS TABLE
            (
                id             bigint,
                username       text,
                display_name   text,
                password_hash  text,
                dealer_id      bigint,
                dealer_name    text,
                network_id     bigint,
                network_name   text,
                roles          text[],
                enabled        boolean,
                locked_until   timestamptz,
                access_version bigint,
                demo           boolean
            )
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT a.id, a.username, a.display_name, a.password_hash, a.dealer_id, d.name, a.network_id, n.name,
       a.roles, a.enabled, a.locked_until, a.access_version, a.demo
FROM dealer.user_account a
         JOIN dealer.network n ON n.id = a.network_id
         LEFT JOIN dealer.dealer d ON d.id = a.dealer_id
WHERE lower(a.username) = lower(p_username)
$$;

-- What a web request checks: the account's access version while it may sign in, NULL once it may not. One
-- primary-key lookup; by id, because a session's principal has no dealer scope yet when it is checked.
CREATE FUNCTION dealer.access_version(p_user_id bigint) RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT a.access_version
FROM dealer.user_account a
WHERE a.id = p_user_id
  AND a.enabled
  AND (a.locked_until IS NULL OR a.locked_until <= now())
$$;

-- An own password change answers with the new version, so the session that made it can carry on.
DROP FUNCTION dealer.change_own_password(text);
CREATE FUNCTION dealer.change_own_password(p_new_hash text) RETURNS bigint
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
UPDATE dealer.user_account
SET password_hash = p_new_hash, version = version + 1
WHERE id = nullif(current_setting('shinrai.user_id', true), '')::bigint
RETURNING access_version
$$;

REVOKE ALL ON FUNCTION dealer.find_sign_in_account(text), dealer.access_version(bigint),
    dealer.change_own_password(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dealer.find_sign_in_account(text), dealer.access_version(bigint),
    dealer.change_own_password(text) TO ${appRole};

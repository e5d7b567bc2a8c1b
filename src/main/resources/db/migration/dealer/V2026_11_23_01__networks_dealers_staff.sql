-- Tenancy: networks own dealers, dealers own everything else. Row-level security reads three settings that the
-- application sets on every connection it borrows: shinrai.user_id, shinrai.dealer_id, shinrai.network_id.
CREATE SCHEMA dealer;
GRANT USAGE ON SCHEMA dealer TO ${appRole};

CREATE TABLE dealer.network
(
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code       text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9_-]{2,20}$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dealer.dealer
(
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    network_id  bigint        NOT NULL REFERENCES dealer.network,
    code        text          NOT NULL CHECK (code ~ '^[A-Z0-9_-]{2,20}$'),
    name        text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    address     text          NOT NULL DEFAULT '',
    phone       text          NOT NULL DEFAULT '',
    opens_at    time          NOT NULL DEFAULT '08:30',
    closes_at   time          NOT NULL DEFAULT '18:00',
    time_zone   text          NOT NULL DEFAULT 'Asia/Shanghai',
    labour_rate numeric(10, 2) NOT NULL CHECK (labour_rate >= 0),
    version     int           NOT NULL DEFAULT 0,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (network_id, code),
    CHECK (opens_at < closes_at)
);
CREATE INDEX dealer_by_network ON dealer.dealer (network_id, id);

-- Sign-in identities. Dealer staff carry their dealer; network analysts (dealer_id NULL) read across the dealers
-- of their network. Usernames are unique in the whole installation because the sign-in form asks only for one.
CREATE TABLE dealer.user_account
(
    id              bigint GENERATED ALWAYS AS IDENTITY,
    dealer_id       bigint REFERENCES dealer.dealer,
    network_id      bigint      NOT NULL REFERENCES dealer.network,
    username        text        NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 100),
    password_hash   text        NOT NULL,
    roles           text[]      NOT NULL CHECK (cardinality(roles) > 0),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_sign_ins int         NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    version         int         NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id),
    CHECK (dealer_id IS NOT NULL OR roles <@ ARRAY ['NETWORK_ANALYST'])
);
CREATE UNIQUE INDEX user_account_username ON dealer.user_account (lower(username));
CREATE INDEX user_account_by_dealer ON dealer.user_account (dealer_id, id);

-- The scope of the current connection, as the policies need it.
CREATE FUNCTION dealer.writable_dealer() RETURNS bigint
    LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('shinrai.dealer_id', true), '')::bigint $$;

CREATE FUNCTION dealer.current_network() RETURNS bigint
    LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('shinrai.network_id', true), '')::bigint $$;

-- Dealer staff read their own dealer; a network user (no dealer) reads every dealer of the network.
-- SECURITY DEFINER: it reads dealer.dealer as the owner, so the dealer table's own policy does not recurse.
CREATE FUNCTION dealer.readable_dealers() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT CASE
           WHEN dealer.writable_dealer() IS NOT NULL THEN ARRAY [dealer.writable_dealer()]
           WHEN dealer.current_network() IS NOT NULL THEN coalesce(
                   (SELECT array_agg(d.id) FROM dealer.dealer d WHERE d.network_id = dealer.current_network()),
                   '{}')
           ELSE '{}'::bigint[]
           END
$$;

-- One call per dealer-owned table: rows are read within the readable dealers and written only in the user's own
-- dealer (a network user has none, so writes nothing). The scope functions are wrapped in sub-selects so the
-- planner evaluates them once per statement, not once per row.
CREATE FUNCTION dealer.isolate(tbl regclass, dealer_column name DEFAULT 'dealer_id') RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
    EXECUTE format('CREATE POLICY dealer_reads ON %s FOR SELECT USING (%I = ANY ((SELECT dealer.readable_dealers())::bigint[]))',
                   tbl, dealer_column);
    EXECUTE format('CREATE POLICY dealer_writes ON %s FOR ALL USING (%I = (SELECT dealer.writable_dealer()))'
                       || ' WITH CHECK (%I = (SELECT dealer.writable_dealer()))', tbl, dealer_column, dealer_column);
END
$$;

ALTER TABLE dealer.network ENABLE ROW LEVEL SECURITY;
CREATE POLICY network_reads ON dealer.network FOR SELECT USING (id = (SELECT dealer.current_network()));
REVOKE INSERT, UPDATE, DELETE ON dealer.network FROM ${appRole};

-- Dealers are provisioned by the schema owner; a dealer admin may only edit their own dealer's profile.
SELECT dealer.isolate('dealer.dealer', 'id');
REVOKE INSERT, DELETE ON dealer.dealer FROM ${appRole};

SELECT dealer.isolate('dealer.user_account');
REVOKE DELETE ON dealer.user_account FROM ${appRole};

-- Sign-in happens before any scope exists, so these few functions see past row-level security.
CREATE FUNCTION dealer.find_sign_in_account(p_username text)
    RETURNS TABLE
            (
                id            bigint,
                username      text,
                display_name  text,
                password_hash text,
                dealer_id     bigint,
                dealer_name   text,
                network_id    bigint,
                network_name  text,
                roles         text[],
                enabled       boolean,
                locked_until  timestamptz
            )
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT a.id, a.username, a.display_name, a.password_hash, a.dealer_id, d.name, a.network_id, n.name,
       a.roles, a.enabled, a.locked_until
FROM dealer.user_account a
         JOIN dealer.network n ON n.id = a.network_id
         LEFT JOIN dealer.dealer d ON d.id = a.dealer_id
WHERE lower(a.username) = lower(p_username)
$$;

-- Counts a failed sign-in; the attempt that reaches p_max_failures locks the account for p_lock_minutes.
CREATE FUNCTION dealer.record_failed_sign_in(p_username text, p_max_failures int, p_lock_minutes int)
    RETURNS TABLE (user_id bigint, dealer_id bigint, locked boolean)
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
UPDATE dealer.user_account a
SET failed_sign_ins = CASE WHEN a.failed_sign_ins + 1 >= p_max_failures THEN 0 ELSE a.failed_sign_ins + 1 END,
    locked_until    = CASE
                          WHEN a.failed_sign_ins + 1 >= p_max_failures
                              THEN now() + make_interval(mins => p_lock_minutes)
                          ELSE a.locked_until END
WHERE lower(a.username) = lower(p_username)
RETURNING a.id, a.dealer_id, a.locked_until IS NOT NULL AND a.locked_until > now()
$$;

CREATE FUNCTION dealer.record_successful_sign_in(p_user_id bigint) RETURNS void
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
UPDATE dealer.user_account
SET failed_sign_ins = 0, locked_until = NULL, last_sign_in_at = now()
WHERE id = p_user_id
$$;

-- Everyone may change their own password, network staff included, whose account no dealer scope can see.
CREATE FUNCTION dealer.change_own_password(p_new_hash text) RETURNS boolean
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
UPDATE dealer.user_account
SET password_hash = p_new_hash, version = version + 1
WHERE id = nullif(current_setting('shinrai.user_id', true), '')::bigint
RETURNING true
$$;

REVOKE ALL ON FUNCTION dealer.change_own_password(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dealer.change_own_password(text) TO ${appRole};

REVOKE ALL ON FUNCTION dealer.find_sign_in_account(text), dealer.record_failed_sign_in(text, int, int),
    dealer.record_successful_sign_in(bigint), dealer.isolate(regclass, name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dealer.find_sign_in_account(text), dealer.record_failed_sign_in(text, int, int),
    dealer.record_successful_sign_in(bigint) TO ${appRole};

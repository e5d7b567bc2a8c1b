-- Demo accounts are marked, so that the published demo password is refused for every other account and the UI
-- can warn while any demo account may still sign in. Installations seeded before this marking have them under
-- their well-known usernames in the DEMO network.
ALTER TABLE dealer.user_account
    ADD COLUMN demo boolean NOT NULL DEFAULT false;

UPDATE dealer.user_account a
SET demo = true
FROM dealer.network n
WHERE n.id = a.network_id
  AND n.code = 'DEMO'
  AND a.username IN ('admin', 'manager', 'advisor', 'technician', 'foreman', 'inspector', 'cashier', 'relations',
                     'parts', 'd2.admin', 'd2.advisor', 'network');

-- Whether any demo account may still sign in, for everyone's banner: no dealer scope sees all accounts.
CREATE FUNCTION dealer.demo_accounts_active() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT exists(SELECT 1 FROM dealer.user_account WHERE demo AND enabled)
$$;

REVOKE ALL ON FUNCTION dealer.demo_accounts_active() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION dealer.demo_accounts_active() TO ${appRole};

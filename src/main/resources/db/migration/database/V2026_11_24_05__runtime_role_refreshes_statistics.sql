-- A large import writes faster than autovacuum, which looks at a table at most once a minute, analyzes it. Planned
-- on statistics from before, when the dealer had hardly any rows, the lookups and foreign-key checks of its later
-- batches read all of the dealer's rows, and each batch is slower than the one before. Only a table's owner may
-- analyze it, so the runtime role asks this function; analyzing reads rows but shows none, whatever the table.
CREATE FUNCTION public.refresh_statistics(p_table regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$
BEGIN
    EXECUTE format('ANALYZE %s', p_table);
END
$$;
REVOKE ALL ON FUNCTION public.refresh_statistics(regclass) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.refresh_statistics(regclass) TO ${appRole};

-- refresh_statistics analyzes as the owner, so it keeps to the tables a large import grows: analyzing takes a lock
-- and costs I/O, and the runtime role has no business asking for it on any other table.
CREATE OR REPLACE FUNCTION public.refresh_statistics(p_table regclass) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS
$$
BEGIN
    IF p_table NOT IN ('customer.customer'::regclass, 'customer.phone'::regclass, 'vehicle.vehicle'::regclass) THEN
        RAISE EXCEPTION 'refresh_statistics is only for the tables an import grows, not %', p_table
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ANALYZE %s', p_table);
END
$$;

-- Every statement on a dealer's table asks readable_dealers() once (its policy's sub-select). Written as a SECURITY
-- DEFINER function with its own search_path, PostgreSQL could not inline it: each statement parsed and planned its
-- body again and switched the search path in and out, for every table a statement names (a repair order's step names
-- eight). Now the function is a plain expression the planner inlines, so a dealer's staff pay two current_setting()
-- calls; only a network user's branch calls a SECURITY DEFINER function, which reads the network's dealers past the
-- dealer table's own policy.
CREATE FUNCTION dealer.dealers_of_current_network() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
SELECT coalesce((SELECT array_agg(d.id) FROM dealer.dealer d WHERE d.network_id = dealer.current_network()), '{}')
$$;

CREATE OR REPLACE FUNCTION dealer.readable_dealers() RETURNS bigint[]
    LANGUAGE sql STABLE SECURITY INVOKER AS
$$
SELECT CASE
           WHEN dealer.writable_dealer() IS NOT NULL THEN ARRAY [dealer.writable_dealer()]
           WHEN dealer.current_network() IS NOT NULL THEN dealer.dealers_of_current_network()
           ELSE '{}'::bigint[]
           END
$$;
ALTER FUNCTION dealer.readable_dealers() RESET ALL;

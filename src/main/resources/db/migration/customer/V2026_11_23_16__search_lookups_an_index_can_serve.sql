-- Row-level security lets an index serve a condition only when its operators are leakproof (they cannot reveal a
-- row the policies hide). Under the runtime role the search's LIKE on the reversed number and its @> on the name
-- grams are not, so both read every phone or customer of the dealer instead of using their index.

-- The last four digits, stored and compared with = (leakproof), as plate_tail is for plates.
ALTER TABLE customer.phone
    ADD COLUMN last_four text GENERATED ALWAYS AS (right(e164, 4)) STORED;
CREATE INDEX phone_by_last_four ON customer.phone (dealer_id, last_four);
DROP INDEX customer.phone_by_reversed_number;

DROP TRIGGER audit_changes ON customer.phone;
SELECT audit.track_changes('customer.phone', 'dealer_id', '{last_four}');

-- Array containment has no leakproof form, so the name lookup runs as the owner, in a function that applies the
-- scope itself: it answers only for a dealer the connection may read, and only with ids, which the caller then
-- loads under row-level security. PL/pgSQL with custom plans, so each call is planned with its own grams.
CREATE FUNCTION customer.customers_named(p_dealer bigint, p_text text, p_limit int) RETURNS SETOF bigint
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
    SET plan_cache_mode = force_custom_plan AS
$$
BEGIN
    RETURN QUERY
        SELECT c.id
        FROM customer.customer c
        WHERE p_dealer = ANY (dealer.readable_dealers())
          AND c.name_grams @> customer.name_grams(p_dealer, p_text)
          AND c.dealer_id = p_dealer
          AND strpos(lower(c.name), lower(p_text)) > 0
          AND c.merged_into IS NULL
        ORDER BY lower(c.name) = lower(p_text) DESC, length(c.name), c.id
        LIMIT p_limit;
END
$$;
REVOKE ALL ON FUNCTION customer.customers_named(bigint, text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION customer.customers_named(bigint, text, int) TO ${appRole};

-- The name pieces were cut with substr(name, i, n) for every position i, and substr walks the UTF-8 text from its
-- start each time: quadratic in the name's length (a 40,000-character name took 145 s of CPU before its length
-- check could refuse it). Splitting the name into its characters once and pairing each with the next is linear.
-- Same pieces, same order, so the stored columns and their index stay valid.
CREATE OR REPLACE FUNCTION customer.name_grams(p_dealer_id bigint, p_name text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
WITH chars AS (SELECT c, lead(c) OVER (ORDER BY i) AS next_c
               FROM unnest(string_to_array(lower(p_name), NULL)) WITH ORDINALITY AS t(c, i))
SELECT coalesce(array_agg(DISTINCT p_dealer_id || ':' || gram), '{}')
FROM (SELECT c AS gram FROM chars
      UNION ALL
      SELECT c || next_c FROM chars WHERE next_c IS NOT NULL) pieces
WHERE gram !~ '\s'
$$;

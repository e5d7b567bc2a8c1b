-- A step may start from the order as this server remembered it rather than read and lock it first, so the save itself
-- must refuse a version someone else replaced. The save's UPDATE matches no row then, and this function, called for
-- that case alone, stops the transaction at once (before the step's other rows are written, which could otherwise
-- collide with the ones the other save added) with SQLSTATE SR409 and, as its detail, who saved the order last and
-- when (the user's id, a space, the time in epoch milliseconds; either may be empty), for the message that tells the
-- user to reload. Called as the user, under the dealer's row-level security.
CREATE FUNCTION workshop.refuse_stale_save(the_dealer bigint, the_order bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    last record;
BEGIN
    SELECT changed_by, changed_at INTO last
    FROM workshop.repair_order
    WHERE dealer_id = the_dealer AND id = the_order;
    RAISE EXCEPTION 'repair order % was saved by someone else meanwhile', the_order
        USING ERRCODE = 'SR409',
            DETAIL = coalesce(last.changed_by::text, '') || ' '
                || coalesce((extract(epoch FROM last.changed_at) * 1000)::bigint::text, '');
END
$$;
REVOKE ALL ON FUNCTION workshop.refuse_stale_save(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION workshop.refuse_stale_save(bigint, bigint) TO ${appRole};

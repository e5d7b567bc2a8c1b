-- Every change of a dealer's profile is announced on channel dealer_changed (the payload is the dealer's id), so that
-- each instance of the application forgets at once the dealer it remembered (DealerDirectory reads its dealer's time
-- zone and hours on nearly every request). Sent when the transaction commits, not at all when it rolls back.
CREATE FUNCTION dealer.announce_dealer_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('dealer_changed', OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER announce_dealer_change
    AFTER UPDATE OR DELETE
    ON dealer.dealer
    FOR EACH ROW
EXECUTE FUNCTION dealer.announce_dealer_change();

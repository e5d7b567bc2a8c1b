-- Every change of a dealer's profile is announced on channel dealer_changed (the payload is the dealer's id), so that
-- each instance of the application forgets at once the dealer it remembered (DealerDirectory reads its dealer's time
-- zone and hours on nearly every request), as account changes already are. One function now announces both: the
-- trigger names the channel.
CREATE FUNCTION dealer.announce_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], OLD.id::text);
    RETURN NULL;
END
$$;

DROP TRIGGER announce_account_change ON dealer.user_account;
DROP FUNCTION dealer.announce_account_change();

CREATE TRIGGER announce_account_change
    AFTER UPDATE OR DELETE
    ON dealer.user_account
    FOR EACH ROW
EXECUTE FUNCTION dealer.announce_change('account_changed');

CREATE TRIGGER announce_dealer_change
    AFTER UPDATE OR DELETE
    ON dealer.dealer
    FOR EACH ROW
EXECUTE FUNCTION dealer.announce_change('dealer_changed');

-- Every change of an account is announced on channel account_changed (the payload is the account's id), so that each
-- instance of the application forgets at once what it remembered about the account (AccountCache): revocation stays
-- immediate with the accounts behind tokens and sessions cached. PostgreSQL sends a notification when the
-- transaction commits, and not at all when it rolls back.
CREATE FUNCTION dealer.announce_account_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('account_changed', OLD.id::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER announce_account_change
    AFTER UPDATE OR DELETE
    ON dealer.user_account
    FOR EACH ROW
EXECUTE FUNCTION dealer.announce_account_change();

-- Every change of a dealer's follow-up terms is announced on channel follow_up_terms_changed (the payload is the
-- dealer's id), so that each instance forgets at once the terms it remembered: every delivery reads them to set its
-- call's due date, and only the manager's edit changes them.
CREATE FUNCTION followup.announce_terms_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('follow_up_terms_changed', coalesce(NEW.dealer_id, OLD.dealer_id)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER announce_terms_change
    AFTER INSERT OR UPDATE OR DELETE
    ON followup.call_settings
    FOR EACH ROW
EXECUTE FUNCTION followup.announce_terms_change();

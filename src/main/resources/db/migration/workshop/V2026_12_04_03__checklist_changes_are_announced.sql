-- Every change of a dealer's checklists is announced on channel checklist_changed (the payload is the dealer's id), so
-- that each instance of the application forgets at once the checklists it remembered: every quality check reads them,
-- and only a service manager's edit changes them. One announcement per statement and dealer is enough (PostgreSQL
-- also folds identical notifications of a transaction into one).
CREATE FUNCTION workshop.announce_checklist_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('checklist_changed', coalesce(NEW.dealer_id, OLD.dealer_id)::text);
    RETURN NULL;
END
$$;

CREATE TRIGGER announce_checklist_change
    AFTER INSERT OR UPDATE OR DELETE
    ON workshop.checklist_item
    FOR EACH ROW
EXECUTE FUNCTION workshop.announce_checklist_change();

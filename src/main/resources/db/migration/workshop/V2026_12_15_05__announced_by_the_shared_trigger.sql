-- The checklists' changes are announced by the one shared trigger body (public.announce_dealer_change), on the same
-- channel as before.
DROP TRIGGER announce_checklist_change ON workshop.checklist_item;
CREATE TRIGGER announce_checklist_change
    AFTER INSERT OR UPDATE OR DELETE
    ON workshop.checklist_item
    FOR EACH ROW
EXECUTE FUNCTION public.announce_dealer_change('checklist_changed');
DROP FUNCTION workshop.announce_checklist_change();

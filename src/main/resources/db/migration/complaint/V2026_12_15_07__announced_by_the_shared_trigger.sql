-- The complaint terms' changes are announced by the one shared trigger body (public.announce_dealer_change), on the
-- same channel as before.
DROP TRIGGER announce_terms_change ON complaint.settings;
CREATE TRIGGER announce_terms_change
    AFTER INSERT OR UPDATE OR DELETE
    ON complaint.settings
    FOR EACH ROW
EXECUTE FUNCTION public.announce_dealer_change('complaint_terms_changed');
DROP FUNCTION complaint.announce_terms_change();

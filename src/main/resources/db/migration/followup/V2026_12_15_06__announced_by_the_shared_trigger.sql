-- The follow-up terms' changes are announced by the one shared trigger body (public.announce_dealer_change), on the
-- same channel as before.
DROP TRIGGER announce_terms_change ON followup.call_settings;
CREATE TRIGGER announce_terms_change
    AFTER INSERT OR UPDATE OR DELETE
    ON followup.call_settings
    FOR EACH ROW
EXECUTE FUNCTION public.announce_dealer_change('follow_up_terms_changed');
DROP FUNCTION followup.announce_terms_change();

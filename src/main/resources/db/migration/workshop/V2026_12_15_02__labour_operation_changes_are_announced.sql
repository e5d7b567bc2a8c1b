-- Every change of a dealer's labour catalogue is announced on channel labour_operation_changed (the payload is the
-- dealer's id), so that each instance of the application forgets at once the operations it remembered: every labour
-- line added to an order looks its operation up, and only a service manager's edit changes one.
CREATE TRIGGER announce_labour_operation_change
    AFTER INSERT OR UPDATE OR DELETE
    ON workshop.labour_operation
    FOR EACH ROW
EXECUTE FUNCTION public.announce_dealer_change('labour_operation_changed');

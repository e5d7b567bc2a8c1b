-- Every change of a dealer's parts catalogue is announced on channel part_changed (the payload is the dealer's id), so
-- that each instance of the application forgets at once the parts it remembered: every part line added to an order
-- looks its part up, and only the parts clerk or a price list changes one. A price list of many parts in one
-- transaction is one announcement (PostgreSQL folds identical notifications of a transaction into one).
CREATE TRIGGER announce_part_change
    AFTER INSERT OR UPDATE OR DELETE
    ON parts.part
    FOR EACH ROW
EXECUTE FUNCTION public.announce_dealer_change('part_changed');

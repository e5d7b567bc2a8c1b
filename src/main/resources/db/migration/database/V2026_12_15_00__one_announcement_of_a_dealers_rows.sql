-- Instances remember rows read on every request of a kind (a dealer's checklists, labour operations, parts, follow-up
-- and complaint terms) and forget them the moment the database announces a change (shinrai.database.RememberedRows).
-- One trigger body announces for all of them: the channel is the trigger's argument, the payload the changed row's
-- dealer. Each module's trigger calls it (the copies modules wrote before are replaced in their folders).
CREATE FUNCTION public.announce_dealer_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], coalesce(NEW.dealer_id, OLD.dealer_id)::text);
    RETURN NULL;
END
$$;

-- The workshop's bays (工位): the lifts, the express-service lanes, the body and paint places a car is worked in.
-- The foreman puts a job in a bay when dispatching it, and the dispatch board shows each bay against the hours of
-- the day. A bay is renamed or deactivated, and removed only while nothing has ever been done in it.
CREATE TABLE workshop.bay
(
    dealer_id bigint  NOT NULL REFERENCES dealer.dealer,
    id        bigint GENERATED ALWAYS AS IDENTITY,
    name      text    NOT NULL CHECK (length(name) BETWEEN 1 AND 40 AND name = btrim(name)),
    kind      text    NOT NULL CHECK (kind IN ('GENERAL_REPAIR', 'EXPRESS_SERVICE', 'ALIGNMENT', 'ELECTRIC_VEHICLE',
                                               'BODY', 'PAINT_PREPARATION', 'PAINT_BOOTH', 'WASH_AND_DETAILING')),
    position  int     NOT NULL CHECK (position > 0),
    active    boolean NOT NULL DEFAULT true,
    PRIMARY KEY (dealer_id, id),
    UNIQUE (dealer_id, name)
);

-- The bay a job is to be done in (or was done in, once finished), and the bay each stretch of work was clocked in:
-- the board reads a bay's day from the time entries, so a job moved to another bay after a pause keeps its earlier
-- work where it was done. A bay of another dealer cannot be named.
ALTER TABLE workshop.repair_order_line
    ADD COLUMN bay_id bigint,
    ADD CONSTRAINT repair_order_line_in_a_bay_of_the_dealer
        FOREIGN KEY (dealer_id, bay_id) REFERENCES workshop.bay (dealer_id, id);
ALTER TABLE workshop.time_entry
    ADD COLUMN bay_id bigint,
    ADD CONSTRAINT time_entry_in_a_bay_of_the_dealer
        FOREIGN KEY (dealer_id, bay_id) REFERENCES workshop.bay (dealer_id, id);
-- Whether a bay has any history (it may be removed only if not), and the keys the foreign keys check on removal.
CREATE INDEX repair_order_line_by_bay ON workshop.repair_order_line (dealer_id, bay_id) WHERE bay_id IS NOT NULL;
CREATE INDEX time_entry_by_bay ON workshop.time_entry (dealer_id, bay_id) WHERE bay_id IS NOT NULL;

SELECT dealer.isolate('workshop.bay');
SELECT audit.track_changes('workshop.bay');

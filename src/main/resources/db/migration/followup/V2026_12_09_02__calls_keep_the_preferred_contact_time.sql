-- The customer's preferred contact time as it was when the order was delivered: the due time and each next try were
-- put in it (or, when the dealer does not call then, in the calling hours), and the agent's queue and call page show
-- it. NULL is any time, as for every task opened before.
ALTER TABLE followup.call_task
    ADD COLUMN preferred_contact_time text
        CHECK (preferred_contact_time IN ('MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'));

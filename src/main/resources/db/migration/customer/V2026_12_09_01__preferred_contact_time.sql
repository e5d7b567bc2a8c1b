-- When in the day the customer prefers to be called: before noon, noon to two, two to six, after six. NULL is any
-- time, what every customer had before. Follow-up calls fall due in the window when the dealer calls then. The
-- audit trigger records the column with the others.
ALTER TABLE customer.customer
    ADD COLUMN preferred_contact_time text
        CHECK (preferred_contact_time IN ('MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'));

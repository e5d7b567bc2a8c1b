-- A number found to be wrong (a follow-up call reached someone else, or nobody has that number): flagged on the phone
-- row with who said so and when, so reception asks the customer for the right one. Changing the number drops the row
-- and the flag with it.
ALTER TABLE customer.phone
    ADD COLUMN wrong_reported_at timestamptz,
    ADD COLUMN wrong_reported_by bigint,
    ADD CONSTRAINT phone_wrong_reported_by_the_dealers_staff
        FOREIGN KEY (dealer_id, wrong_reported_by) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT phone_wrong_reported_whole CHECK ((wrong_reported_at IS NULL) = (wrong_reported_by IS NULL));

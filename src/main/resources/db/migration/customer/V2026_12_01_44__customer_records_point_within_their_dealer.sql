-- The staff a customer record names (preferred advisor, who recorded a consent, who started an import) and the
-- record a duplicate was merged into are the same dealer's (composite keys). Staff write only their own dealer's
-- rows, so "who recorded it" is always that dealer's staff, or NULL for system work and imports from a file.

-- Nothing set the preferred advisor from outside yet; one that is not the dealer's own staff is forgotten.
UPDATE customer.customer c
SET preferred_advisor_id = NULL
WHERE c.preferred_advisor_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dealer.user_account a WHERE a.id = c.preferred_advisor_id AND a.dealer_id = c.dealer_id);

ALTER TABLE customer.customer
    ADD CONSTRAINT customer_preferred_advisor_of_the_dealer
        FOREIGN KEY (dealer_id, preferred_advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT customer_merged_into_the_dealers_customer
        FOREIGN KEY (dealer_id, merged_into) REFERENCES customer.customer (dealer_id, id);
ALTER TABLE customer.consent_event
    ADD CONSTRAINT consent_event_recorded_by_the_dealers_staff
        FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id);
ALTER TABLE customer.import_job
    ADD CONSTRAINT import_job_created_by_the_dealers_staff
        FOREIGN KEY (dealer_id, created_by) REFERENCES dealer.user_account (dealer_id, id);

-- Every person and car an appointment or a blocked time names belongs to the same dealer (composite keys), so a
-- bug or a forged id can never join one dealer's record to another dealer's staff, customer or vehicle.

-- Blocked time was taken for any advisor id until now. A block naming someone who is not the dealer's own staff
-- never closed a slot (only the dealer's advisors receive cars), so it is removed rather than widened into a
-- block of the whole dealer.
DELETE FROM appointment.blocked_time b
WHERE b.advisor_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dealer.user_account a WHERE a.id = b.advisor_id AND a.dealer_id = b.dealer_id);

ALTER TABLE appointment.blocked_time
    ADD CONSTRAINT blocked_time_advisor_of_the_dealer
        FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id);

ALTER TABLE appointment.appointment
    ADD CONSTRAINT appointment_customer_of_the_dealer
        FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    ADD CONSTRAINT appointment_vehicle_of_the_dealer
        FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    ADD CONSTRAINT appointment_advisor_of_the_dealer
        FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT appointment_technician_of_the_dealer
        FOREIGN KEY (dealer_id, technician_id) REFERENCES dealer.user_account (dealer_id, id),
    -- who booked: staff of the dealer, or NULL for the customer's own booking page and system work
    ADD CONSTRAINT appointment_booked_by_the_dealers_staff
        FOREIGN KEY (dealer_id, booked_by) REFERENCES dealer.user_account (dealer_id, id);

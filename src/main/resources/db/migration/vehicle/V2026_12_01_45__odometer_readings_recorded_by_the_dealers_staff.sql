-- Who read the odometer is the dealer's own staff, or NULL for imports and system work (composite key).
ALTER TABLE vehicle.odometer_reading
    ADD CONSTRAINT odometer_reading_recorded_by_the_dealers_staff
        FOREIGN KEY (dealer_id, recorded_by) REFERENCES dealer.user_account (dealer_id, id);

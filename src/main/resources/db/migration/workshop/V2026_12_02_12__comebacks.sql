-- A comeback (返修): the same job on the same car within the dealer's window after delivery (30 days or 3,000 km
-- unless it sets its own). The line points to the order whose work came back, and to the technician who did it.
ALTER TABLE workshop.workshop_terms
    ADD COLUMN comeback_days int NOT NULL DEFAULT 30 CHECK (comeback_days BETWEEN 0 AND 365),
    ADD COLUMN comeback_km   int NOT NULL DEFAULT 3000 CHECK (comeback_km BETWEEN 0 AND 100000);
ALTER TABLE workshop.repair_order_line
    ADD COLUMN comeback_of            bigint,
    ADD COLUMN comeback_technician_id bigint,
    ADD CONSTRAINT repair_order_line_comeback_of_the_dealer
        FOREIGN KEY (dealer_id, comeback_of) REFERENCES workshop.repair_order (dealer_id, id),
    ADD CONSTRAINT repair_order_line_comeback_technician_of_the_dealer
        FOREIGN KEY (dealer_id, comeback_technician_id) REFERENCES dealer.user_account (dealer_id, id);

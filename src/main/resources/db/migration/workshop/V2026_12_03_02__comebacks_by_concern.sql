-- What the customer's concern is about (chosen with the diagnosis), and the order it makes this one a comeback of:
-- the same concern on the same car within the dealer's window, whatever work is done for it this time.
ALTER TABLE workshop.repair_order
    ADD COLUMN concern text CHECK (concern IN ('ENGINE', 'TRANSMISSION', 'BRAKES', 'STEERING_AND_SUSPENSION',
                                               'ELECTRICAL', 'AIR_CONDITIONING', 'NOISE_AND_VIBRATION', 'LEAK',
                                               'TYRES_AND_WHEELS', 'BODY_AND_PAINT', 'OTHER')),
    ADD COLUMN comeback_of            bigint,
    ADD COLUMN comeback_technician_id bigint,
    ADD CONSTRAINT repair_order_comeback_of_the_dealer
        FOREIGN KEY (dealer_id, comeback_of) REFERENCES workshop.repair_order (dealer_id, id),
    ADD CONSTRAINT repair_order_comeback_technician_of_the_dealer
        FOREIGN KEY (dealer_id, comeback_technician_id) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT repair_order_comeback_of_another CHECK (comeback_of <> id);

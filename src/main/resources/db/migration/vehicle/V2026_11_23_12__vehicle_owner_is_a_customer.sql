-- A vehicle's owner and every past owner is one of the dealer's customers.
ALTER TABLE vehicle.vehicle
    ADD FOREIGN KEY (dealer_id, owner_id) REFERENCES customer.customer (dealer_id, id);
ALTER TABLE vehicle.ownership
    ADD FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id);

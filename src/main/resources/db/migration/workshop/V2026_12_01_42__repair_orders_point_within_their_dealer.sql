-- A repair order's customer, car, advisor and appointment are the same dealer's (composite keys).
ALTER TABLE workshop.repair_order
    ADD CONSTRAINT repair_order_customer_of_the_dealer
        FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    ADD CONSTRAINT repair_order_vehicle_of_the_dealer
        FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    ADD CONSTRAINT repair_order_advisor_of_the_dealer
        FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT repair_order_appointment_of_the_dealer
        FOREIGN KEY (dealer_id, appointment_id) REFERENCES appointment.appointment (dealer_id, id);

-- A reception's customer, car, advisor, appointment and repair order are the same dealer's (composite keys).
ALTER TABLE reception.reception
    ADD CONSTRAINT reception_customer_of_the_dealer
        FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id),
    ADD CONSTRAINT reception_vehicle_of_the_dealer
        FOREIGN KEY (dealer_id, vehicle_id) REFERENCES vehicle.vehicle (dealer_id, id),
    ADD CONSTRAINT reception_advisor_of_the_dealer
        FOREIGN KEY (dealer_id, advisor_id) REFERENCES dealer.user_account (dealer_id, id),
    ADD CONSTRAINT reception_appointment_of_the_dealer
        FOREIGN KEY (dealer_id, appointment_id) REFERENCES appointment.appointment (dealer_id, id),
    ADD CONSTRAINT reception_repair_order_of_the_dealer
        FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id);

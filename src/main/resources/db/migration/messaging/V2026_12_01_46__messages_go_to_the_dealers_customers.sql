-- A message is about one of the dealer's own customers (composite key).
ALTER TABLE messaging.outbox_message
    ADD CONSTRAINT outbox_message_customer_of_the_dealer
        FOREIGN KEY (dealer_id, customer_id) REFERENCES customer.customer (dealer_id, id);

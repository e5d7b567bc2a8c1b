-- When a dealer's messages may reach a customer's phone, in the dealer's time zone: a confirmation queued by a
-- booking made at 02:56 waits until the hours open. 08:00 to 21:00 unless the dealer says otherwise.
ALTER TABLE dealer.dealer
    ADD COLUMN messages_from  time NOT NULL DEFAULT '08:00',
    ADD COLUMN messages_until time NOT NULL DEFAULT '21:00',
    ADD CONSTRAINT dealer_sending_hours CHECK (messages_from < messages_until);

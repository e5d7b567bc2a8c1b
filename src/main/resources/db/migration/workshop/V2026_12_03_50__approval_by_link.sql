-- A third kind of evidence for the customer's approval: the answer given on the page of a link sent to the customer
-- (增项确认 by SMS). Kept: where the link was sent (masked, in phone), from which address and browser it was answered;
-- recorded_by is the staff member who sent the link.
ALTER TABLE workshop.customer_approval
    DROP CONSTRAINT customer_approval_method_check,
    ADD CONSTRAINT customer_approval_method_check CHECK (method IN ('SIGNATURE', 'PHONE_CALL', 'LINK')),
    ADD COLUMN client_ip  text CHECK (length(client_ip) <= 64),
    ADD COLUMN user_agent text CHECK (length(user_agent) <= 500),
    ADD CONSTRAINT customer_approval_link_answered_from CHECK ((method = 'LINK') = (client_ip IS NOT NULL));

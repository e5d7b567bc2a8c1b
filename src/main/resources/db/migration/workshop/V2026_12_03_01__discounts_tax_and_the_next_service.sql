-- The bill's remaining terms, per dealer: how much discount an advisor may give on their own (above it a manager
-- approves), the VAT rate the prices include, and the service interval that dates the next maintenance.
ALTER TABLE workshop.workshop_terms
    ADD COLUMN discount_limit_percent  numeric(5, 2) NOT NULL DEFAULT 10
        CHECK (discount_limit_percent BETWEEN 0 AND 100),
    ADD COLUMN vat_rate_percent        numeric(5, 2) NOT NULL DEFAULT 13 CHECK (vat_rate_percent BETWEEN 0 AND 30),
    ADD COLUMN service_interval_months int           NOT NULL DEFAULT 6 CHECK (service_interval_months BETWEEN 1 AND 24),
    ADD COLUMN service_interval_km     int           NOT NULL DEFAULT 5000
        CHECK (service_interval_km BETWEEN 1000 AND 50000);

-- Discounts on the customer's share of the bill: on labour, on parts or on the whole bill, with who gave them and,
-- above the dealer's limit, the manager who approved or refused them. A refused discount stays on record.
CREATE TABLE workshop.discount
(
    dealer_id       bigint         NOT NULL,
    repair_order_id bigint         NOT NULL,
    number          int            NOT NULL CHECK (number > 0),
    scope           text           NOT NULL CHECK (scope IN ('LABOUR', 'PARTS', 'WHOLE_BILL')),
    percent         numeric(5, 2) CHECK (percent > 0 AND percent <= 100),
    amount          numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason          text           NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    granted_by      bigint         NOT NULL,
    granted_at      timestamptz    NOT NULL,
    state           text           NOT NULL CHECK (state IN ('APPROVED', 'AWAITING_APPROVAL', 'REFUSED')),
    decided_by      bigint,
    decided_at      timestamptz,
    PRIMARY KEY (dealer_id, repair_order_id, number),
    FOREIGN KEY (dealer_id, repair_order_id) REFERENCES workshop.repair_order (dealer_id, id),
    FOREIGN KEY (dealer_id, granted_by) REFERENCES dealer.user_account (dealer_id, id),
    FOREIGN KEY (dealer_id, decided_by) REFERENCES dealer.user_account (dealer_id, id),
    CHECK ((decided_by IS NULL) = (decided_at IS NULL))
);

SELECT dealer.isolate('workshop.discount'::regclass);
SELECT audit.track_changes('workshop.discount'::regclass);
REVOKE DELETE ON workshop.discount FROM ${appRole};

-- The parts catalogue (配件目录): what the dealer sells and fits, at its retail price. A later issue adds stock.
-- A superseded part points to the number that replaces it; the catalogue follows the chain to the part to fit.
CREATE SCHEMA parts;
GRANT USAGE ON SCHEMA parts TO ${appRole};

CREATE TABLE parts.part
(
    dealer_id     bigint        NOT NULL REFERENCES dealer.dealer,
    number        text          NOT NULL CHECK (number ~ '^[A-Z0-9][A-Z0-9.-]{1,38}[A-Z0-9]$'),
    name          text          NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    unit          text          NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
    retail_price  numeric(12, 2) NOT NULL CHECK (retail_price >= 0),
    superseded_by text CHECK (superseded_by <> number),
    PRIMARY KEY (dealer_id, number),
    FOREIGN KEY (dealer_id, superseded_by) REFERENCES parts.part (dealer_id, number) DEFERRABLE INITIALLY DEFERRED
);
-- Finding a part by a few letters of its name, as a parts clerk types them.
CREATE INDEX part_by_name ON parts.part (dealer_id, name text_pattern_ops);

SELECT dealer.isolate('parts.part');
SELECT audit.track_changes('parts.part');
REVOKE DELETE ON parts.part FROM ${appRole};

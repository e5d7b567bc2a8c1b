-- Imports of customers with their vehicles from files other dealer systems produce. A job remembers its file,
-- how its columns map to our fields, how far it got, and every line it could not take with the reasons.
CREATE TABLE customer.import_job
(
    dealer_id          bigint      NOT NULL REFERENCES dealer.dealer,
    id                 bigint GENERATED ALWAYS AS IDENTITY,
    file_name          text        NOT NULL,
    stored_file        text        NOT NULL,
    header             text[]      NOT NULL,
    mapping            jsonb,
    status             text        NOT NULL CHECK (status IN ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    total_rows         int         NOT NULL DEFAULT 0,
    processed_rows     int         NOT NULL DEFAULT 0,
    customers_created  int         NOT NULL DEFAULT 0,
    customers_matched  int         NOT NULL DEFAULT 0,
    vehicles_created   int         NOT NULL DEFAULT 0,
    vehicles_existing  int         NOT NULL DEFAULT 0,
    failed_rows        int         NOT NULL DEFAULT 0,
    created_by         bigint,
    created_at         timestamptz NOT NULL DEFAULT now(),
    started_at         timestamptz,
    finished_at        timestamptz,
    PRIMARY KEY (dealer_id, id)
);
CREATE INDEX import_job_by_status ON customer.import_job (dealer_id, status);

-- One line the import refused: the cells as they were, and every reason (field, message key, arguments).
CREATE TABLE customer.import_error
(
    dealer_id bigint NOT NULL,
    job_id    bigint NOT NULL,
    line      bigint NOT NULL,
    cells     text[] NOT NULL,
    reasons   jsonb  NOT NULL,
    PRIMARY KEY (dealer_id, job_id, line),
    FOREIGN KEY (dealer_id, job_id) REFERENCES customer.import_job (dealer_id, id)
);

-- Column mappings remembered per dealer for files with the same header (the same exporting system).
CREATE TABLE customer.import_mapping
(
    dealer_id        bigint      NOT NULL REFERENCES dealer.dealer,
    header_signature text        NOT NULL,
    mapping          jsonb       NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (dealer_id, header_signature)
);

SELECT dealer.isolate('customer.import_job');
SELECT dealer.isolate('customer.import_error');
SELECT dealer.isolate('customer.import_mapping');
SELECT audit.track_changes('customer.import_job', 'dealer_id',
                           '{processed_rows,customers_created,customers_matched,vehicles_created,vehicles_existing,failed_rows,total_rows,started_at,finished_at}');

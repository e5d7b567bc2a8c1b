-- Why an import stopped, as a message key with its arguments, so staff read the reason in their language.
ALTER TABLE customer.import_job
    ADD COLUMN failure_key       text,
    ADD COLUMN failure_arguments text[] NOT NULL DEFAULT '{}';

-- A written questionnaire's scale may start at another point than 1 (0 to 10, the way many recommend-us questions are
-- asked): each answer keeps its scale's lowest point beside its highest, so a score is checked against its own scale,
-- a reverse-coded one is turned round as lowest + highest − score, and the scores normalise each answer by its own
-- lowest and highest points. Every answer given before starts at 1.
ALTER TABLE survey.answer ADD COLUMN scale_min smallint NOT NULL DEFAULT 1 CHECK (scale_min BETWEEN 0 AND 9);
-- The four checks that held a score, an expectation or a satisfaction to a scale from 1 (PostgreSQL named them when
-- they were made, so they are found by what they say).
DO
$$
    DECLARE
        name text;
    BEGIN
        FOR name IN SELECT c.conname
                    FROM pg_constraint c
                    WHERE c.conrelid = 'survey.answer'::regclass
                      AND c.contype = 'c'
                      AND pg_get_constraintdef(c.oid) LIKE '%scale_max%'
                      AND pg_get_constraintdef(c.oid) ~ '(score|expectation|satisfaction)'
            LOOP
                EXECUTE format('ALTER TABLE survey.answer DROP CONSTRAINT %I', name);
            END LOOP;
    END
$$;
ALTER TABLE survey.answer
    ADD CONSTRAINT answer_scale_runs_up CHECK (scale_min < scale_max),
    ADD CONSTRAINT answer_score_on_its_scale CHECK (score BETWEEN scale_min AND scale_max),
    ADD CONSTRAINT answer_expectation_on_its_scale CHECK (expectation BETWEEN scale_min AND scale_max),
    ADD CONSTRAINT answer_satisfaction_on_its_scale CHECK (satisfaction BETWEEN scale_min AND scale_max),
    ADD CONSTRAINT answer_satisfaction_turned CHECK (
        satisfaction IS NULL OR satisfaction = CASE WHEN reverse THEN scale_min + scale_max - score ELSE score END);

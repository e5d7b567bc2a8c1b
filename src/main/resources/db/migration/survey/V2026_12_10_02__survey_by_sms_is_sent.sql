-- The public survey page exists now: a customer who withdrew phone consent but allows SMS is sent the survey link
-- by SMS in the delivery's transaction, so the call task's reason says the survey went by SMS (it said the page was
-- missing and nothing was sent). Only the demo's data can hold the old value (no store ran the version without the
-- page); its few tasks take the new name, and their SMS was not sent.
ALTER TABLE followup.call_task DROP CONSTRAINT call_task_reason_check;
UPDATE followup.call_task SET reason = 'PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS'
WHERE reason = 'PHONE_WITHDRAWN_SMS_SURVEY_PAGE_MISSING';
ALTER TABLE followup.call_task ADD CONSTRAINT call_task_reason_check
    CHECK (reason IN ('PHONE_WITHDRAWN_SURVEY_SENT_BY_SMS', 'PHONE_WITHDRAWN_NO_SMS'));

-- The survey after a visit is a message of its own purpose: it needs the channel's consent granted.
ALTER TABLE messaging.outbox_message DROP CONSTRAINT outbox_message_purpose_check;
ALTER TABLE messaging.outbox_message ADD CONSTRAINT outbox_message_purpose_check
    CHECK (purpose IN ('BOOKING', 'OPEN_JOB', 'MARKETING', 'SURVEY'));

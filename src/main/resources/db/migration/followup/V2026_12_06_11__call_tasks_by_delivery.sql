-- A month's follow-up problems and low ratings at delivery (the retention module's monthly lists) are found by the
-- deliveries of the month.
CREATE INDEX call_task_by_delivery ON followup.call_task (dealer_id, delivered_at);

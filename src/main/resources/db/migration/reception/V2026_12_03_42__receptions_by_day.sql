-- Cars in (进厂台次) for the daily report: the receptions of a date range, read by time.
CREATE INDEX reception_by_time ON reception.reception (dealer_id, received_at);

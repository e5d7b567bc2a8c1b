-- The dispatch board and the technicians' phone page show the jobs worked on during the day, including those of
-- cars already delivered: the time entries of one dealer's day, found by when they ended (an entry of the day ended
-- on or after the day's start).
CREATE INDEX time_entry_by_day ON workshop.time_entry (dealer_id, ended_at);

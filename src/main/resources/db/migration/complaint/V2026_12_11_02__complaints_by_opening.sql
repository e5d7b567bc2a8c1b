-- A month's complaints (the monthly watch list of dissatisfied customers) are found by when they were opened.
CREATE INDEX complaint_by_opening ON complaint.complaint (dealer_id, opened_at);

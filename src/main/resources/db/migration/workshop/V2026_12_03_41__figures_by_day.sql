-- The daily report asks the workshop for a day's or a month's figures: the orders opened and delivered in a date
-- range, and the time clocked in it. Without these the range is a scan of the dealer's whole history (the other
-- indexes lead with a vehicle, a customer or a technician). Delivered orders only, so open ones cost nothing here.
CREATE INDEX repair_order_by_opening ON workshop.repair_order (dealer_id, opened_at);
CREATE INDEX repair_order_by_delivery ON workshop.repair_order (dealer_id, delivered_at)
    WHERE delivered_at IS NOT NULL;
CREATE INDEX time_entry_by_start ON workshop.time_entry (dealer_id, started_at);

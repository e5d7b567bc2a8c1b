-- The no-show sweep looks across dealers for booked appointments whose time has passed: this index holds only the
-- booked ones, so it stays small however many appointments the network has had.
CREATE INDEX appointment_booked_by_start ON appointment.appointment (starts_at, dealer_id) WHERE status = 'BOOKED';

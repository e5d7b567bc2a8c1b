-- A dealer's records name its staff as (dealer_id, staff id), so the database itself refuses a D002 record that
-- points at a D001 advisor. Network staff have no dealer (dealer_id NULL): no dealer's record can point at them,
-- which is right, since they only read, and row-level security lets nobody write a dealer's rows but its own staff.
ALTER TABLE dealer.user_account
    ADD CONSTRAINT user_account_within_dealer UNIQUE (dealer_id, id);

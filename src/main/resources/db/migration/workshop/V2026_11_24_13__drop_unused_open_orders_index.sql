-- Nothing reads repair orders by opening time alone, and while OPENED is the only status the partial index held
-- every row: each insert paid for it. The open orders of a customer or a vehicle use their own indexes.
DROP INDEX workshop.repair_order_open;

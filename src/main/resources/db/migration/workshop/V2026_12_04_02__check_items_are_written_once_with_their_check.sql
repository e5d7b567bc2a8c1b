-- A check's items are written once, in the statement after their check's row, and never changed (the application's
-- role may not update or delete them): the check's own audit event says who checked and when, and the items are the
-- record of what was found. Auditing each item again wrote a third of all audit events of a repair and cost every
-- quality check a trigger call per item.
DROP TRIGGER audit_changes ON workshop.quality_check_item;

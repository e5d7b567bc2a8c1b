-- Row-level security lets an index serve a condition only when its operators are leakproof (they cannot reveal a
-- row the policies hide). LIKE and reverse() are not, so under the runtime role the reversed-VIN index went unused
-- and a VIN search read every vehicle of the dealer. Equality on text is leakproof: the suffixes staff type are
-- stored, like plate_tail, and compared with =.
ALTER TABLE vehicle.vehicle
    ADD COLUMN vin_last6 text GENERATED ALWAYS AS (right(vin, 6)) STORED,
    ADD COLUMN vin_last8 text GENERATED ALWAYS AS (right(vin, 8)) STORED;
CREATE INDEX vehicle_by_vin_last6 ON vehicle.vehicle (dealer_id, vin_last6);
CREATE INDEX vehicle_by_vin_last8 ON vehicle.vehicle (dealer_id, vin_last8);
DROP INDEX vehicle.vehicle_by_reversed_vin;

DROP TRIGGER audit_changes ON vehicle.vehicle;
SELECT audit.track_changes('vehicle.vehicle', 'dealer_id', '{version,plate_tail,vin_last6,vin_last8}');

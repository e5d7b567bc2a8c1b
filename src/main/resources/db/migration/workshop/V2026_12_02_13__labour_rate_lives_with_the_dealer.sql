-- The labour rate is the dealer's, set on its profile (dealer.dealer.labour_rate) since the first migration; the
-- workshop's copy would have drifted from it. The workshop's terms keep what is the workshop's own: the comeback window.
ALTER TABLE workshop.workshop_terms DROP COLUMN labour_rate;

SELECT audit.track_changes('dealer.network');  -- no dealer column: recorded as network-level
SELECT audit.track_changes('dealer.dealer', 'id', '{version}');
SELECT audit.track_changes('dealer.user_account', 'dealer_id', '{version,failed_sign_ins,last_sign_in_at}');

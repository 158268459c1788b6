-- Referrals are timeline entries of kind 'referral' pointing at a directory service, with a status and the
-- service's feedback (sealed with the client's key, like every timeline text).
ALTER TABLE case_entries DROP CONSTRAINT case_entries_kind_check;
ALTER TABLE case_entries ADD CONSTRAINT case_entries_kind_check CHECK (kind IN ('note','contact','referral'));
ALTER TABLE case_entries ADD COLUMN service_id TEXT;
ALTER TABLE case_entries ADD COLUMN referral_status TEXT
    CHECK (referral_status IN ('made','accepted','completed','declined','no_show'));
ALTER TABLE case_entries ADD COLUMN sealed_feedback BYTEA;

-- Counselors who want an e-mail when a client writes (in-app notification is always on).
ALTER TABLE counselor_profiles ADD COLUMN notify_by_email INTEGER NOT NULL DEFAULT 0;

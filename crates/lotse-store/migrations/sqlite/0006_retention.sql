-- Retention: how long a closed case is kept, per tenant (default three years), and when a case's content was
-- removed by the retention job (its topics and outcome stay for anonymous statistics).
ALTER TABLE tenants ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 1095 CHECK (retention_days BETWEEN 30 AND 3650);
ALTER TABLE cases ADD COLUMN purged_at INTEGER;

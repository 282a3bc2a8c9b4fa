// The flow index catches up with transfers written after the newest one it holds.
CREATE RANGE INDEX transfer_created_at IF NOT EXISTS FOR (n:Transfer) ON (n.createdAt);

// The in-memory teacher index polls for mentorships changed by other instances (started, ended).
CREATE RANGE INDEX mentorship_updated_at IF NOT EXISTS FOR (n:Mentorship) ON (n.updatedAt);

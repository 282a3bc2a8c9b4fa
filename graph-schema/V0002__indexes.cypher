// Polling for changes made by other instances reads nodes by updatedAt.
CREATE RANGE INDEX person_updated_at IF NOT EXISTS FOR (n:Person) ON (n.updatedAt);
CREATE RANGE INDEX skill_updated_at IF NOT EXISTS FOR (n:Skill) ON (n.updatedAt);
// people(search: ...) matches a lower-cased name by substring.
CREATE TEXT INDEX person_search_name IF NOT EXISTS FOR (n:Person) ON (n.searchName);
// Knowledge flows and evidence select transfers by date.
CREATE RANGE INDEX transfer_on IF NOT EXISTS FOR (n:Transfer) ON (n.on);
// ESCO skills are found by their concept URI as well as by id.
CREATE RANGE INDEX skill_esco_uri IF NOT EXISTS FOR (n:Skill) ON (n.escoUri);

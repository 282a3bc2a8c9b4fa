// people(first, after) pages through people by name then id: a range index on name gives that order
// and lets a page start at its cursor without reading the people before it.
CREATE RANGE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);

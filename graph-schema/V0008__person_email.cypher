// A token names its person by e-mail: every request with a new token finds the person by it.
CREATE RANGE INDEX person_email IF NOT EXISTS FOR (n:Person) ON (n.email);

// Every node of the Boomerang model has a unique external id (the source system's id).
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT profession_id IF NOT EXISTS FOR (n:Profession) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT institution_id IF NOT EXISTS FOR (n:Institution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (n:Community) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mentorship_id IF NOT EXISTS FOR (n:Mentorship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR (n:Transfer) REQUIRE n.id IS UNIQUE;

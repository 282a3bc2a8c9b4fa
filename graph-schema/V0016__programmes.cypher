// Programmes (issue 16): (Programme)-[:RUN_BY]->(Institution), (Programme)-[:COORDINATED_BY]->(Person),
// (Person)-[:ENROLLED_IN {as: 'MENTOR'|'MENTEE'}]->(Programme), (Mentorship)-[:IN_PROGRAMME]->(Programme),
// (AssignmentPlan)-[:FOR]->(Programme), and (MentorshipRequest)-[:FROM|TO]->(Person).
CREATE CONSTRAINT programme_id IF NOT EXISTS FOR (g:Programme) REQUIRE g.id IS UNIQUE;
CREATE CONSTRAINT assignment_plan_id IF NOT EXISTS FOR (a:AssignmentPlan) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT mentorship_request_id IF NOT EXISTS FOR (r:MentorshipRequest) REQUIRE r.id IS UNIQUE;
// A programme created after its mentorships were imported links them by Mentorship.program.
CREATE RANGE INDEX mentorship_program IF NOT EXISTS FOR (m:Mentorship) ON (m.program);
CREATE RANGE INDEX mentorship_request_created_at IF NOT EXISTS FOR (r:MentorshipRequest) ON (r.createdAt);

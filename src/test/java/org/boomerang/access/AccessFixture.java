package org.boomerang.access;

/**
 * A small network for the tests of who may see and do what, in the import format. Harbour
 * has Ana (NETWORK), Bo (INSTITUTION) and Cora (a coordinator); the university has Cy
 * (PRIVATE, enrolled in Cora's programme) and Dee (NETWORK). Ana mentors Bo, Dee mentors
 * Cy (in Cora's programme once {@link #PROGRAMME} ran); Ana taught Bo, Bo taught Ana
 * (unconfirmed), Cy taught Dee. Bo and Dee, Cora and Bo, Cy and Dee could teach each
 * other. Everyone has an e-mail, so everyone can sign in.
 */
public final class AccessFixture {

	/** The document. */
	public static final String NETWORK = """
			{ "format": "boomerang-import/1",
			  "institutions": [
			    { "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" },
			    { "id": "inst:uni", "name": "Coastal University", "kind": "UNIVERSITY" } ],
			  "professions": [ { "id": "prof:nursing", "name": "Nursing" } ],
			  "skills": [
			    { "id": "skill:ehr", "name": "Electronic health records", "aliases": ["EHR", "EMR"] },
			    { "id": "skill:podcasting", "name": "Podcasting" } ],
			  "communities": [ { "id": "cop:digital", "name": "Digital health", "focus": ["skill:ehr"] } ],
			  "people": [
			    { "id": "ana", "name": "Ana Reyes", "email": "ana@harbour.example", "careerStage": "STUDENT",
			      "professions": ["prof:nursing"], "affiliations": [{ "institution": "inst:harbour" }],
			      "communities": [{ "community": "cop:digital" }],
			      "skills": [{ "skill": "skill:ehr", "level": 4, "canTeach": true }] },
			    { "id": "bo", "name": "Bo Lund", "email": "bo@harbour.example", "careerStage": "SENIOR",
			      "visibility": "INSTITUTION", "professions": ["prof:nursing"],
			      "affiliations": [{ "institution": "inst:harbour" }], "communities": [{ "community": "cop:digital" }],
			      "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting" }] },
			    { "id": "cora", "name": "Cora Diaz", "email": "cora@harbour.example", "careerStage": "SPECIALIST",
			      "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:podcasting", "level": 4, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:ehr" }] },
			    { "id": "cy", "name": "Cy Hidden", "email": "cy@uni.example", "careerStage": "TRAINEE",
			      "visibility": "PRIVATE", "professions": ["prof:nursing"], "affiliations": [{ "institution": "inst:uni" }],
			      "communities": [{ "community": "cop:digital" }],
			      "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting" }] },
			    { "id": "dee", "name": "Dee Open", "email": "dee@uni.example", "careerStage": "EARLY_CAREER",
			      "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:podcasting", "level": 3, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:ehr", "priority": 1 }] } ],
			  "mentorships": [
			    { "id": "m:ana-bo", "mentor": "ana", "mentee": "bo", "skills": ["skill:ehr"], "startedOn": "2025-01-06" },
			    { "id": "m:dee-cy", "mentor": "dee", "mentee": "cy", "skills": ["skill:podcasting"],
			      "startedOn": "2025-04-01" } ],
			  "transfers": [
			    { "id": "t:ana-bo", "from": "ana", "to": "bo", "skill": "skill:ehr", "on": "2025-02-03",
			      "mentorship": "m:ana-bo", "outcome": { "rating": 5, "learnerConfirmed": true } },
			    { "id": "t:bo-ana", "from": "bo", "to": "ana", "skill": "skill:ehr", "on": "2025-02-10",
			      "mentorship": "m:ana-bo" },
			    { "id": "t:cy-dee", "from": "cy", "to": "dee", "skill": "skill:ehr", "on": "2025-03-03",
			      "format": "CONSULT" } ] }
			""";

	/**
	 * Cora coordinates a programme Cy (mentee) and Dee (mentor) are enrolled in, and
	 * their mentorship belongs to it (the graph schema of issue 16), with a pending
	 * assignment plan; Bo has asked Dee and Cora for mentoring (pending requests).
	 */
	public static final String PROGRAMME = """
			MATCH (cora:Person {id: 'cora'}), (cy:Person {id: 'cy'}), (h:Institution {id: 'inst:harbour'})
			CREATE (g:Programme {id: 'prog:reverse', name: 'Reverse mentoring', kind: 'REVERSE'})
			CREATE (g)-[:RUN_BY]->(h), (g)-[:COORDINATED_BY]->(cora), (cy)-[:ENROLLED_IN {as: 'MENTEE'}]->(g)
			WITH g
			MATCH (dee:Person {id: 'dee'})
			CREATE (dee)-[:ENROLLED_IN {as: 'MENTOR'}]->(g)
			WITH g
			MATCH (m:Mentorship {id: 'm:dee-cy'})
			SET m.program = g.id
			CREATE (m)-[:IN_PROGRAMME]->(g)
			WITH g
			CREATE (:AssignmentPlan {id: 'plan:fixture', createdAt: datetime(), totalScore: 0.0, optimal: true,
			                         pairs: '[]', unmatched: '[]'})-[:FOR]->(g)
			WITH g
			MATCH (bo:Person {id: 'bo'}), (dee:Person {id: 'dee'}), (cora:Person {id: 'cora'})
			CREATE (bo)<-[:FROM]-(:MentorshipRequest {id: 'request:fixture-1', state: 'PENDING',
			        skills: ['skill:podcasting'], message: 'Would you teach me podcasting?', createdAt: datetime(),
			        expiresAt: datetime() + duration('P30D')})-[:TO]->(dee)
			CREATE (bo)<-[:FROM]-(:MentorshipRequest {id: 'request:fixture-2', state: 'PENDING',
			        skills: ['skill:podcasting'], createdAt: datetime(),
			        expiresAt: datetime() + duration('P30D')})-[:TO]->(cora)
			""";

	private AccessFixture() {
	}

}

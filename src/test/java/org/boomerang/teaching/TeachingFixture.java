package org.boomerang.teaching;

/**
 * People around Electronic health records (EMR) for the teaching tests, in the import
 * format. Ana, Cara, Ivy and Jo have e-mails, so tests can sign in as them. Who is who:
 * <ul>
 * <li>ana: early career, physio, Harbour; teaches EHR at 4, podcasting at 5; wants
 * clinical reasoning</li>
 * <li>ben: trainee, nursing, University; teaches EHR at 5 but his one mentoring place is
 * taken</li>
 * <li>cara: senior, medicine, Harbour and University; teaches EHR at 2 and clinical
 * reasoning at 5; wants podcasting and EHR</li>
 * <li>dan: specialist, medicine, Harbour; knows EHR at 5 but does not teach it</li>
 * <li>eve: specialist, physio, University; teaches Cerner PowerChart (narrower) at 4</li>
 * <li>fay: trainee, nursing; teaches EHR at 3 but is PRIVATE</li>
 * <li>gus: specialist, nursing, Harbour; teaches EHR at 3, visible to his institution
 * only</li>
 * <li>hal: senior, medicine, University; teaches Digital health (broader) at 5</li>
 * <li>ivy: senior, medicine, Harbour; teaches clinical reasoning at 4; wants EHR and
 * podcasting</li>
 * <li>jo: early career, nursing, University; teaches EHR at 4 and has taught it three
 * times (two confirmed, rated 5 and 4)</li>
 * </ul>
 */
final class TeachingFixture {

	static final String PEOPLE = """
			{ "format": "boomerang-import/1",
			  "institutions": [
			    { "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" },
			    { "id": "inst:uni", "name": "Coastal University", "kind": "UNIVERSITY" } ],
			  "professions": [
			    { "id": "prof:medicine", "name": "Medicine" },
			    { "id": "prof:physio", "name": "Physiotherapy" },
			    { "id": "prof:nursing", "name": "Nursing" } ],
			  "people": [
			    { "id": "ana", "name": "Ana Okafor", "email": "ana.okafor@harbour.example", "careerStage": "EARLY_CAREER", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:ehr", "level": 4, "canTeach": true },
			                 { "skill": "skill:podcasting", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:clinical-reasoning", "priority": 1 }] },
			    { "id": "ben", "name": "Ben Lee", "careerStage": "TRAINEE", "professions": ["prof:nursing"],
			      "affiliations": [{ "institution": "inst:uni" }], "mentoringCapacity": 1,
			      "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": true }] },
			    { "id": "cara", "name": "Prof. Cara Reid", "email": "cara.reid@uni.example", "careerStage": "SENIOR", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:harbour" }, { "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:ehr", "level": 2, "canTeach": true },
			                 { "skill": "skill:clinical-reasoning", "level": 5, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:podcasting", "priority": 1 }, { "skill": "skill:ehr", "priority": 2 }] },
			    { "id": "dan", "name": "Dan Smith", "careerStage": "SPECIALIST", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:harbour" }],
			      "skills": [{ "skill": "skill:ehr", "level": 5, "canTeach": false }] },
			    { "id": "eve", "name": "Eve Novak", "careerStage": "SPECIALIST", "professions": ["prof:physio"],
			      "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:powerchart", "level": 4, "canTeach": true }] },
			    { "id": "fay", "name": "Fay Private", "careerStage": "TRAINEE", "professions": ["prof:nursing"],
			      "affiliations": [{ "institution": "inst:harbour" }], "visibility": "PRIVATE",
			      "skills": [{ "skill": "skill:ehr", "level": 3, "canTeach": true }] },
			    { "id": "gus", "name": "Gus Inhouse", "careerStage": "SPECIALIST", "professions": ["prof:nursing"],
			      "affiliations": [{ "institution": "inst:harbour" }], "visibility": "INSTITUTION",
			      "skills": [{ "skill": "skill:ehr", "level": 3, "canTeach": true }] },
			    { "id": "hal", "name": "Hal Grant", "careerStage": "SENIOR", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:digital-health", "level": 5, "canTeach": true }] },
			    { "id": "ivy", "name": "Ivy Stone", "email": "ivy.stone@harbour.example", "careerStage": "SENIOR", "professions": ["prof:medicine"],
			      "affiliations": [{ "institution": "inst:harbour", "from": "2001-01-01" },
			                       { "institution": "inst:uni", "from": "1995-01-01", "to": "2000-12-31" }],
			      "skills": [{ "skill": "skill:clinical-reasoning", "level": 4, "canTeach": true }],
			      "wantsToLearn": [{ "skill": "skill:ehr", "priority": 1 }, { "skill": "skill:podcasting", "priority": 2 }] },
			    { "id": "jo", "name": "Jo Park", "email": "jo.park@uni.example", "careerStage": "EARLY_CAREER", "professions": ["prof:nursing"],
			      "affiliations": [{ "institution": "inst:uni" }],
			      "skills": [{ "skill": "skill:ehr", "level": 4, "canTeach": true }] } ],
			  "mentorships": [
			    { "id": "m:ben-cara", "mentor": "ben", "mentee": "cara", "skills": ["skill:ehr"], "startedOn": "2026-01-05" },
			    { "id": "m:ana-old", "mentor": "ana", "mentee": "ivy", "skills": ["skill:podcasting"],
			      "startedOn": "2025-01-05", "endedOn": "2025-06-30" } ],
			  "transfers": [
			    { "id": "t:1", "from": "jo", "to": "ivy", "skill": "skill:ehr", "on": "2026-09-01",
			      "outcome": { "rating": 5, "learnerConfirmed": true } },
			    { "id": "t:2", "from": "jo", "to": "cara", "skill": "skill:ehr", "on": "2026-10-01",
			      "outcome": { "rating": 4, "learnerConfirmed": true } },
			    { "id": "t:3", "from": "jo", "to": "dan", "skill": "skill:ehr", "on": "2026-10-15" },
			    { "id": "t:4", "from": "ana", "to": "ivy", "skill": "skill:podcasting", "on": "2025-03-01",
			      "mentorship": "m:ana-old" } ]
			}
			""";

	private TeachingFixture() {
	}

}

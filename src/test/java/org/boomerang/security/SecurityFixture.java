package org.boomerang.security;

/**
 * People for the tests of who is asking, in the import format: Sam (early career) and
 * Cora (specialist) of Harbour with e-mails, Nell without one, Omar of the demo's ids
 * (person:000124, whom the demo's sign-in list offers) with an e-mail.
 */
final class SecurityFixture {

	static final String PEOPLE = """
			{ "format": "boomerang-import/1",
			  "institutions": [
			    { "id": "inst:harbour", "name": "Harbour City Hospital", "kind": "HOSPITAL" },
			    { "id": "inst:uni", "name": "Coastal University", "kind": "UNIVERSITY" } ],
			  "people": [
			    { "id": "sam", "name": "Sam Ito", "email": "sam.ito@harbour.example", "careerStage": "EARLY_CAREER",
			      "affiliations": [{ "institution": "inst:harbour" }] },
			    { "id": "cora", "name": "Cora Diaz", "email": "cora.diaz@harbour.example", "careerStage": "SPECIALIST",
			      "affiliations": [{ "institution": "inst:harbour" },
			                       { "institution": "inst:uni", "from": "2001-01-01", "to": "2005-12-31" }] },
			    { "id": "nell", "name": "Nell Moss", "careerStage": "TRAINEE",
			      "affiliations": [{ "institution": "inst:uni" }] },
			    { "id": "person:000124", "name": "Dr Omar Test", "email": "omar.test@uni.example",
			      "careerStage": "SENIOR", "affiliations": [{ "institution": "inst:uni" }] } ] }
			""";

	private SecurityFixture() {
	}

}

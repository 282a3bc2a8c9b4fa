package org.boomerang.demo;

import java.util.List;

import org.boomerang.security.Role;
import org.boomerang.security.SignInSuggestion;
import org.boomerang.security.SignInSuggestions;

import org.springframework.stereotype.Component;

/**
 * The people of the demo network that the development sign-in offers: staff at every
 * career stage, a coordinator at each of the eight institutions and an admin, each with
 * something worth trying as them. They are people the generator makes with the default
 * demo settings (seed 20260308, 400 people), chosen for having an e-mail, being visible
 * to the network, belonging to one institution now and having answers to show;
 * {@code DemoSignInListTests} holds them to that. Another network simply leaves out those
 * it does not have.
 */
@Component
class DemoSignInList implements SignInSuggestions {

	private static final List<Role> STAFF = List.of(Role.STAFF);

	private static final List<Role> COORDINATOR = List.of(Role.COORDINATOR, Role.STAFF);

	private static final List<Role> ADMIN = List.of(Role.ADMIN, Role.STAFF);

	static final List<SignInSuggestion> PEOPLE = List.of(
			new SignInSuggestion("person:000036", STAFF,
					"A nursing student: ask who can teach clinical supervision, then your reciprocal matches:"
							+ " even as a student you have something to teach back."),
			new SignInSuggestion("person:000076", STAFF,
					"A graduate nurse who teaches electronic health records: ask who can teach simulation debriefing;"
							+ " sign in as Dr Kwame Okafor to see yourself offered to him as a reverse mentor."),
			new SignInSuggestion("person:000115", STAFF,
					"A registrar: ask who can teach small-group teaching and tick only other professions than yours."),
			new SignInSuggestion("person:000160", STAFF,
					"A senior lecturer: ask who can teach digital health with reverse mentoring, then your"
							+ " reciprocal matches (a student teaches you R, you teach them supervision)."),
			new SignInSuggestion("person:000124", STAFF,
					"A senior doctor: ask who can teach EMR and tick reverse mentoring, to see students and"
							+ " early-career staff who know it better than you."),
			new SignInSuggestion("person:000035", COORDINATOR,
					"Coordinator at Riverside General Hospital: ask who can teach EMR on behalf of one of your"
							+ " staff (give their id as asker)."),
			new SignInSuggestion("person:000109", COORDINATOR,
					"Coordinator at St Brigid's Children's Hospital: look at the knowledge flows between"
							+ " institutions over the last year."),
			new SignInSuggestion("person:000101", COORDINATOR,
					"Coordinator at Northern Districts Hospital: find reciprocal matches for Dr Tevita Said"
							+ " (person:000115)."),
			new SignInSuggestion("person:000021", COORDINATOR,
					"Coordinator at Eastbay Rehabilitation Hospital: ask who can teach falls prevention across"
							+ " professions for one of your staff."),
			new SignInSuggestion("person:000130", COORDINATOR,
					"Coordinator at Valley Community Health Service: ask who can teach remote patient monitoring"
							+ " as Dr Kwame Okafor (person:000124), with reverse mentoring."),
			new SignInSuggestion("person:000123", COORDINATOR,
					"Coordinator at the University of Westhaven: look at the knowledge flows between communities"
							+ " of practice."),
			new SignInSuggestion("person:000133", COORDINATOR,
					"Coordinator at Lakeshore University: find reciprocal matches for your staff and students."),
			new SignInSuggestion("person:000069", COORDINATOR,
					"Coordinator at the Kestrel Institute for Health Research: ask who can teach REDCap on behalf"
							+ " of a researcher."),
			new SignInSuggestion("person:000252", ADMIN,
					"The network's admin: import docs/examples/example.json with your token, and download the"
							+ " research export (/api/export/transfers.csv)."));

	@Override
	public List<SignInSuggestion> signInSuggestions() {
		return PEOPLE;
	}

}

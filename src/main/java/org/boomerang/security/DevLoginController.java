package org.boomerang.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.Problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The development sign-in, only while it is on: {@code GET /api/dev/login} lists the
 * people to sign in as, {@code POST /api/dev/login} signs a token for a person of the
 * graph ({@code {"person": "person:000124", "roles": ["STAFF"]}}) or for an integration
 * client ({@code {"client": "hr-feed", "scopes": ["boomerang:import"]}}), answered as
 * {@code {"token", "expiresAt"}}.
 */
@RestController
@Conditional(DevLoginCondition.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DevLoginController {

	private static final String PATH = "/api/dev/login";

	private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final DevTokens tokens;

	private final CallerRepository people;

	private final ObjectProvider<SignInSuggestions> suggestions;

	DevLoginController(DevTokens tokens, CallerRepository people, ObjectProvider<SignInSuggestions> suggestions) {
		this.tokens = tokens;
		this.people = people;
		this.suggestions = suggestions;
	}

	@GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
	SignInList list() {
		List<SignInSuggestion> offered = this.suggestions.orderedStream()
			.flatMap((source) -> source.signInSuggestions().stream())
			.toList();
		Map<String, CallerRepository.SignInPerson> found = this.people
			.signInPeople(offered.stream().map(SignInSuggestion::person).distinct().toList());
		List<SignInList.Person> listed = new ArrayList<>();
		for (SignInSuggestion suggestion : offered) {
			CallerRepository.SignInPerson person = found.get(suggestion.person());
			if (person != null && person.email() != null) {
				listed.add(new SignInList.Person(person.id(), person.name(), person.careerStage(),
						String.join(", ", person.institutions()), suggestion.roles(), suggestion.whatToTry()));
			}
		}
		return new SignInList(listed, List.of(Role.values()), Scopes.ALL.stream().sorted().toList());
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	Token login(@RequestBody SignIn request) {
		boolean person = request.person() != null;
		boolean client = request.client() != null;
		if (person == client) {
			throw new BadRequestException("Give either person (the id of a person of the graph, with roles) or client"
					+ " (the name of an integration client, with scopes), not " + (person ? "both" : "neither"));
		}
		DevTokens.Issued issued = person ? signInPerson(request) : signInClient(request);
		return new Token(issued.token(), issued.expiresAt());
	}

	private DevTokens.Issued signInPerson(SignIn request) {
		List<Problem> problems = new ArrayList<>();
		if (request.scopes() != null) {
			problems.add(new Problem("scopes", "a person signs in with roles; scopes are for clients"));
		}
		Set<Role> roles = EnumSet.of(Role.STAFF);
		List<String> names = (request.roles() != null) ? request.roles() : List.of();
		for (int i = 0; i < names.size(); i++) {
			Role role = role(names.get(i));
			if (role == null) {
				problems.add(new Problem("roles[" + i + "]", "'" + names.get(i) + "' is not a role: use "
						+ String.join(", ", Arrays.stream(Role.values()).map(Role::name).toList())));
			}
			else {
				roles.add(role);
			}
		}
		refuse(problems);
		CallerRepository.SignInPerson found = this.people.signInPeople(List.of(request.person())).get(request.person());
		if (found == null) {
			throw new BadRequestException("No person has the id '" + request.person()
					+ "': give the id of a person of the graph (GET " + PATH + " lists some)",
					List.of(new Problem("person", "no person has this id")));
		}
		if (found.email() == null) {
			throw new BadRequestException(
					"Person '" + request.person() + "' has no e-mail, and a token names its"
							+ " person by e-mail: give them one in an import, or sign in as someone else",
					List.of(new Problem("person", "this person has no e-mail")));
		}
		return this.tokens.person(found.id(), found.email(), roles);
	}

	private DevTokens.Issued signInClient(SignIn request) {
		List<Problem> problems = new ArrayList<>();
		if (!CLIENT.matcher(request.client()).matches()) {
			problems.add(new Problem("client",
					"a client's name is 1 to 100 letters, digits, dots, colons, dashes or underscores"));
		}
		if (request.roles() != null) {
			problems.add(new Problem("roles", "a client signs in with scopes; roles are for people"));
		}
		Set<String> scopes = new LinkedHashSet<>();
		List<String> names = (request.scopes() != null) ? request.scopes() : List.of();
		for (int i = 0; i < names.size(); i++) {
			if (Scopes.ALL.contains(names.get(i))) {
				scopes.add(names.get(i));
			}
			else {
				problems.add(new Problem("scopes[" + i + "]", "'" + names.get(i) + "' is not a scope: use "
						+ String.join(", ", Scopes.ALL.stream().sorted().toList())));
			}
		}
		refuse(problems);
		return this.tokens.client(request.client(), scopes);
	}

	private static Role role(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

	private static void refuse(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new BadRequestException("The sign-in was refused with " + problems.size() + " problem(s)", problems);
		}
	}

	@ExceptionHandler
	ResponseEntity<Map<String, Object>> refused(BadRequestException ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.code().name());
		body.put("message", ex.getMessage());
		body.put("problems", ex.problems());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * A sign-in: either a person with roles or a client with scopes.
	 *
	 * @param person the id of a person of the graph
	 * @param roles the person's roles (STAFF is always among them)
	 * @param client the name of an integration client
	 * @param scopes the client's scopes
	 */
	record SignIn(String person, List<String> roles, String client, List<String> scopes) {
	}

	/**
	 * A signed token.
	 *
	 * @param token the JWT, to send as {@code Authorization: Bearer <token>}
	 * @param expiresAt when it stops being accepted
	 */
	record Token(String token, Instant expiresAt) {
	}

	/**
	 * What the sign-in offers.
	 *
	 * @param people the people to sign in as
	 * @param roles every role
	 * @param scopes every scope a client may have
	 */
	record SignInList(List<Person> people, List<Role> roles, List<String> scopes) {

		/**
		 * A person to sign in as.
		 *
		 * @param id their id
		 * @param name their name
		 * @param careerStage their career stage
		 * @param institution the institutions they belong to now
		 * @param roles the roles to sign in with
		 * @param whatToTry what to try as them
		 */
		record Person(String id, String name, String careerStage, String institution, List<Role> roles,
				String whatToTry) {
		}

	}

}

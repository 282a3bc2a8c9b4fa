package org.boomerang.security;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.boomerang.graph.DerivedState;
import org.boomerang.graph.Queries;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Repository;

/**
 * Finds the person a token names by the e-mail in its person claim, with the institutions
 * they belong to now. Every request carries its token again, so the answer is kept for a
 * short while (also when nobody has the e-mail): most requests then read nothing from the
 * database before their own work. A change to a person's e-mail or affiliations reaches
 * their requests within {@link #KEPT}.
 */
@Repository
class CallerRepository implements DerivedState {

	/** How long a person found (or not found) by e-mail is kept. */
	static final Duration KEPT = Duration.ofSeconds(30);

	/** How many e-mails are kept at most (about 200 bytes each). */
	static final int KEPT_MOST = 10_000;

	private static final Logger log = LoggerFactory.getLogger(CallerRepository.class);

	private final Driver driver;

	private final String byEmail;

	private final String signInPeople;

	private final Cache<String, Optional<KnownPerson>> found = Caffeine.newBuilder()
		.maximumSize(KEPT_MOST)
		.expireAfterWrite(KEPT)
		.build();

	CallerRepository(Driver driver, Queries queries) {
		this.driver = driver;
		this.byEmail = queries.get("security/person-by-email");
		this.signInPeople = queries.get("security/sign-in-people");
	}

	/**
	 * The one person whose {@code email} is this.
	 * @param email the token's person claim
	 * @return the person, or empty when nobody (or more than one person) has the e-mail
	 */
	Optional<KnownPerson> byEmail(String email) {
		return this.found.get(email, this::load);
	}

	private Optional<KnownPerson> load(String email) {
		List<Record> rows = this.driver.executableQuery(this.byEmail)
			.withParameters(Map.of("email", email))
			.withConfig(Queries.READ)
			.execute()
			.records();
		if (rows.size() > 1) {
			log.warn(
					"Two or more people have the e-mail of a token's person claim ({} and {}); the token names"
							+ " nobody until the e-mails are told apart",
					rows.get(0).get("id").asString(), rows.get(1).get("id").asString());
			return Optional.empty();
		}
		return rows.stream()
			.findFirst()
			.map((r) -> new KnownPerson(r.get("id").asString(), r.get("institutions").asList((v) -> v.asString())));
	}

	/**
	 * People the development sign-in may offer, as the graph holds them.
	 * @param ids person ids
	 * @return those found, by id, in the order asked
	 */
	Map<String, SignInPerson> signInPeople(Collection<String> ids) {
		Map<String, SignInPerson> byId = new LinkedHashMap<>();
		this.driver.executableQuery(this.signInPeople)
			.withParameters(Map.of("ids", List.copyOf(ids)))
			.withConfig(Queries.READ)
			.execute()
			.records()
			.forEach((r) -> byId.put(r.get("id").asString(),
					new SignInPerson(r.get("id").asString(), r.get("name").asString(), r.get("careerStage").asString(),
							r.get("email").asString(null), r.get("institutions").asList((v) -> v.asString()))));
		Map<String, SignInPerson> ordered = new LinkedHashMap<>();
		ids.stream().filter(byId::containsKey).forEach((id) -> ordered.put(id, byId.get(id)));
		return ordered;
	}

	/** Forgets every person found: the graph changed behind the service's back. */
	@Override
	public void rebuildFromGraph() {
		this.found.invalidateAll();
	}

	/**
	 * A person a token names.
	 *
	 * @param id the person's id
	 * @param institutions the ids of the institutions they belong to now
	 */
	record KnownPerson(String id, List<String> institutions) {
	}

	/**
	 * A person of the development sign-in list.
	 *
	 * @param id the person's id
	 * @param name their name
	 * @param careerStage their career stage
	 * @param email their e-mail (null: they cannot sign in)
	 * @param institutions the names of the institutions they belong to now
	 */
	record SignInPerson(String id, String name, String careerStage, String email, List<String> institutions) {
	}

}

package org.boomerang.person;

import java.util.UUID;

import org.boomerang.audit.Auditor;
import org.boomerang.graph.DerivedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Erases a person ({@code person/erase}, one transaction with its audit entry), then
 * rebuilds what the service derives from the graph (the teacher and skill indexes, the
 * callers it knows by e-mail), so nothing of the person is kept in memory either.
 */
@Service
class Erasure {

	private static final Logger log = LoggerFactory.getLogger(Erasure.class);

	private final PersonRepository people;

	private final Auditor auditor;

	private final ObjectProvider<DerivedState> derived;

	Erasure(PersonRepository people, Auditor auditor, ObjectProvider<DerivedState> derived) {
		this.people = people;
		this.auditor = auditor;
		this.derived = derived;
	}

	/**
	 * Erases a person.
	 * @param id the person's id
	 * @return whether there was such a person
	 */
	boolean erase(String id) {
		String anonymous = "erased:" + UUID.randomUUID();
		boolean erased = this.people.erase(id, anonymous, this.auditor.entry("erasePerson"));
		if (erased) {
			// Rare and whole: rebuilding is simpler than teaching every index to forget
			// one person.
			this.derived.orderedStream().forEach(DerivedState::rebuildFromGraph);
			log.info("Erased a person (now {})", anonymous);
		}
		return erased;
	}

}

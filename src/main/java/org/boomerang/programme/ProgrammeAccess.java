package org.boomerang.programme;

import java.util.Collection;
import java.util.List;

import org.boomerang.api.ForbiddenException;
import org.boomerang.api.NotFoundException;
import org.boomerang.security.Caller;
import org.boomerang.security.Reader;
import org.boomerang.security.Scopes;

import org.springframework.stereotype.Component;

/**
 * Who may run programmes: admins, and coordinators within their institutions (their
 * current affiliations) and the programmes they coordinate.
 */
@Component
class ProgrammeAccess {

	private final ProgrammeRepository repository;

	ProgrammeAccess(ProgrammeRepository repository) {
		this.repository = repository;
	}

	void requireCoordinatorOrAdmin(Caller caller, String operation) {
		if (!caller.isAdmin() && !(caller.isCoordinator() && caller.personId() != null)) {
			throw new ForbiddenException(operation + " needs the COORDINATOR role (with a sign-in that names a person)"
					+ " or the ADMIN role");
		}
	}

	/** A coordinator must belong now to every institution the write touches. */
	void requireInstitutions(Caller caller, Reader reader, Collection<String> institutions) {
		if (caller.isAdmin()) {
			return;
		}
		List<String> outside = institutions.stream()
			.filter((i) -> !reader.institutions().contains(i))
			.sorted()
			.toList();
		if (!outside.isEmpty()) {
			throw new ForbiddenException("upsertProgramme: a coordinator creates and changes programmes of their own"
					+ " institutions only, and you are not affiliated with " + String.join(", ", outside)
					+ "; ask a coordinator there or an admin");
		}
	}

	/**
	 * The programme, when the caller runs it (one of its coordinators, or an admin).
	 * @throws NotFoundException when there is no such programme
	 * @throws ForbiddenException when the caller does not run it
	 */
	Programme requireRunning(Caller caller, String id, String operation) {
		Programme programme = (id != null) ? this.repository.byIds(List.of(id)).get(id) : null;
		if (programme == null) {
			throw new NotFoundException(
					operation + ": there is no programme '" + id + "'; check the id (upsertProgramme creates one)");
		}
		if (!runs(caller, programme.coordinatorIds())) {
			throw new ForbiddenException(operation + ": only the coordinators of programme '" + id
					+ "' (with the COORDINATOR role) and admins may do this");
		}
		return programme;
	}

	/** Whether the caller runs a programme with these coordinators. */
	static boolean runs(Caller caller, List<String> coordinators) {
		return caller.isAdmin()
				|| (caller.isCoordinator() && caller.personId() != null && coordinators.contains(caller.personId()));
	}

	/**
	 * mentoringOutcomes: counts only, for coordinators, admins and read-scoped clients.
	 */
	static void requireOutcomesReader(Caller caller) {
		if (!caller.isAdmin() && !caller.isCoordinator() && !caller.hasScope(Scopes.READ)) {
			throw new ForbiddenException(
					"mentoringOutcomes needs the COORDINATOR or ADMIN role, or the scope boomerang:read");
		}
	}

}

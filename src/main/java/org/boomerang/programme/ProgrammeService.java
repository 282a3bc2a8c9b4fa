package org.boomerang.programme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.boomerang.security.Caller;
import org.boomerang.security.Reader;

import org.springframework.stereotype.Service;

/**
 * Creates programmes and enrols people in them, validating first and writing in one
 * statement; re-sending the same request changes nothing.
 */
@Service
class ProgrammeService {

	/** The ids the import document allows. */
	static final Pattern ID = Pattern.compile("[A-Za-z0-9._:/#-]{1,200}");

	private static final int MAX_NAME = 200;

	private final ProgrammeRepository repository;

	private final ProgrammeAccess access;

	private final Auditor auditor;

	ProgrammeService(ProgrammeRepository repository, ProgrammeAccess access, Auditor auditor) {
		this.repository = repository;
		this.access = access;
		this.auditor = auditor;
	}

	Programme upsert(ProgrammeInput input, Caller caller, Reader reader) {
		this.access.requireCoordinatorOrAdmin(caller, "upsertProgramme");
		List<Problem> problems = new ArrayList<>();
		if (input.id() == null || !ID.matcher(input.id()).matches()) {
			problems.add(new Problem("input.id", "must be 1-200 characters of letters, digits and ._:/#-"));
		}
		if (input.name() == null || input.name().isBlank() || input.name().length() > MAX_NAME) {
			problems.add(new Problem("input.name", "must be 1-" + MAX_NAME + " characters, not blank"));
		}
		List<String> institutions = distinct(input.institutions());
		List<String> coordinators = distinct(input.coordinators());
		if (institutions.isEmpty()) {
			problems.add(new Problem("input.institutions", "name at least one institution taking part"));
		}
		if (coordinators.isEmpty()) {
			problems.add(new Problem("input.coordinators", "name at least one coordinator"));
		}
		Programme stored = (input.id() != null) ? this.repository.byIds(List.of(input.id())).get(input.id()) : null;
		ProgrammeRules rules = (input.rules() != null)
				? input.rules().over((stored != null) ? stored.rules() : ProgrammeRules.DEFAULT)
				: ((stored != null) ? stored.rules() : ProgrammeRules.DEFAULT);
		if (rules.maxMenteesPerMentor() < 1 || rules.maxMenteesPerMentor() > ProgrammeRules.MOST_MENTEES) {
			problems.add(new Problem("input.rules.maxMenteesPerMentor",
					"must be between 1 and " + ProgrammeRules.MOST_MENTEES + ", not " + rules.maxMenteesPerMentor()));
		}
		ProgrammeRepository.Existing existing = this.repository.existing(institutions, coordinators);
		missing(problems, "input.institutions", input.institutions(), existing.institutions(), "institution");
		missing(problems, "input.coordinators", input.coordinators(), existing.people(), "person");
		if (!problems.isEmpty()) {
			throw refused("upsertProgramme", problems);
		}
		// A coordinator acts within their institutions: those the programme has now and
		// those it will have.
		Set<String> touched = new HashSet<>(institutions);
		if (stored != null) {
			touched.addAll(stored.institutionIds());
		}
		this.access.requireInstitutions(caller, reader, touched);
		if (stored != null && stored.name().equals(input.name()) && stored.kind() == input.kind()
				&& stored.institutionIds().equals(sorted(institutions))
				&& stored.coordinatorIds().equals(sorted(coordinators)) && stored.rules().equals(rules)) {
			return stored;
		}
		this.repository.upsert(input.id(), input.name(), input.kind(), institutions, coordinators, rules,
				this.auditor.entry("upsertProgramme"));
		return programme(input.id());
	}

	Programme enrol(String programme, String person, ProgrammeRole role, Caller caller, boolean in) {
		String operation = in ? "enrol" : "unenrol";
		Programme stored = this.access.requireRunning(caller, programme, operation);
		if (person == null || !this.repository.existing(List.of(), List.of(person)).people().contains(person)) {
			throw new NotFoundException(operation + ": there is no person '" + person
					+ "'; give the id of a person of the network (upsertPerson or an import adds people)");
		}
		if (in) {
			this.repository.enrol(stored.id(), person, role, this.auditor.entry(operation));
		}
		else {
			this.repository.unenrol(stored.id(), person, role, this.auditor.entry(operation));
		}
		return programme(stored.id());
	}

	Programme programme(String id) {
		Programme programme = this.repository.byIds(List.of(id)).get(id);
		if (programme == null) {
			throw new IllegalStateException("programme '" + id + "' was written but cannot be read");
		}
		return programme;
	}

	static BadRequestException refused(String operation, List<Problem> problems) {
		StringBuilder text = new StringBuilder(operation).append(" was refused; nothing was written. ");
		for (int i = 0; i < problems.size(); i++) {
			text.append((i > 0) ? "; " : "")
				.append(problems.get(i).path())
				.append(": ")
				.append(problems.get(i).message());
		}
		return new BadRequestException(text.toString(), problems);
	}

	private static void missing(List<Problem> problems, String path, List<String> given, List<String> found,
			String what) {
		if (given == null) {
			return;
		}
		for (int i = 0; i < given.size(); i++) {
			if (given.get(i) != null && !found.contains(given.get(i))) {
				problems.add(new Problem(path + "[" + i + "]", "there is no " + what + " '" + given.get(i) + "'"));
			}
		}
	}

	private static List<String> distinct(List<String> ids) {
		return (ids != null) ? ids.stream().filter(Objects::nonNull).distinct().toList() : List.of();
	}

	private static List<String> sorted(List<String> ids) {
		return ids.stream().sorted().toList();
	}

}

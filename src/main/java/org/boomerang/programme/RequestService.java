package org.boomerang.programme;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.ForbiddenException;
import org.boomerang.api.NotFoundException;
import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.boomerang.importing.EntityImport;
import org.boomerang.importing.Kind;
import org.boomerang.mentoring.Mentorships;
import org.boomerang.model.MentorshipOrigin;
import org.boomerang.person.PersonRepository;
import org.boomerang.security.Caller;
import org.boomerang.security.Reader;
import org.boomerang.skill.SkillRepository;

import org.springframework.stereotype.Service;

/**
 * Mentorship requests: a staff member asks someone for mentoring, the person asked
 * accepts (a SELF_IDENTIFIED mentorship, through the import's capacity check) or
 * declines, the asker may withdraw, and an unanswered request expires.
 */
@Service
class RequestService {

	static final int MAX_SKILLS = 10;

	static final int MAX_TEXT = 2000;

	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

	private final ProgrammeRepository repository;

	private final PersonRepository people;

	private final SkillRepository skills;

	private final EntityImport entities;

	private final Mentorships mentorships;

	private final Auditor auditor;

	private final ProgrammeProperties properties;

	RequestService(ProgrammeRepository repository, PersonRepository people, SkillRepository skills,
			EntityImport entities, Mentorships mentorships, Auditor auditor, ProgrammeProperties properties) {
		this.repository = repository;
		this.people = people;
		this.skills = skills;
		this.entities = entities;
		this.mentorships = mentorships;
		this.auditor = auditor;
		this.properties = properties;
	}

	MentorshipRequest request(MentorshipRequestInput input, Caller caller, Reader reader) {
		String from = self(caller, "requestMentorship");
		List<Problem> problems = new ArrayList<>();
		if (input.to() == null || input.to().isBlank()) {
			problems.add(new Problem("input.to", "give the id of the person you ask"));
		}
		else if (input.to().equals(from)) {
			problems.add(new Problem("input.to", "you cannot ask yourself for mentoring"));
		}
		List<String> skillIds = (input.skills() != null) ? input.skills().stream().filter(Objects::nonNull).toList()
				: List.of();
		if (skillIds.isEmpty() || skillIds.size() > MAX_SKILLS) {
			problems.add(new Problem("input.skills",
					"name 1-" + MAX_SKILLS + " skills you want to learn, not " + skillIds.size()));
		}
		var known = this.skills.byIds(skillIds);
		for (int i = 0; i < skillIds.size(); i++) {
			if (!known.containsKey(skillIds.get(i))) {
				problems.add(new Problem("input.skills[" + i + "]", "there is no skill '" + skillIds.get(i) + "'"));
			}
		}
		if (input.message() != null && input.message().length() > MAX_TEXT) {
			problems.add(new Problem("input.message",
					"is " + input.message().length() + " characters long; keep it to " + MAX_TEXT));
		}
		if (!problems.isEmpty()) {
			throw ProgrammeService.refused("requestMentorship", problems);
		}
		// A person the asker may not see is, to them, not there.
		if (this.people.visibleByIds(List.of(input.to()), reader).isEmpty()) {
			throw new NotFoundException("requestMentorship: there is no person '" + input.to()
					+ "' you can see; find a teacher with whoCanTeach and ask them");
		}
		ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
		// Time first, so ids sort by age (newest first in myMentorshipRequests).
		String id = "request:" + ID_TIME.format(now) + "-" + UUID.randomUUID().toString().substring(0, 8);
		String stored = this.repository.createRequest(id, from, input.to(), skillIds.stream().distinct().toList(),
				input.message(), now.plus(this.properties.requestExpiry()), this.auditor.entry("requestMentorship"));
		return read(stored);
	}

	MentorshipRequest respond(String id, boolean accept, String note, Caller caller) {
		MentorshipRequest request = find(id, "respondToMentorshipRequest");
		if (!Objects.equals(caller.personId(), request.toId())) {
			throw new ForbiddenException("respondToMentorshipRequest: only the person asked ('" + request.toId()
					+ "') answers request '" + id + "'; the asker may withdraw it");
		}
		if (note != null && note.length() > MAX_TEXT) {
			throw new BadRequestException(
					"note is " + note.length() + " characters long; keep it to " + MAX_TEXT + " characters");
		}
		RequestState wanted = accept ? RequestState.ACCEPTED : RequestState.DECLINED;
		if (request.state() == RequestState.PENDING) {
			String mentorship = accept ? "mentorship:" + id : null;
			if (this.repository.answer(id, wanted, note, mentorship, this.auditor.entry("respondToMentorshipRequest"))
					&& accept) {
				startMentorship(request, mentorship);
			}
			request = read(id);
		}
		if (request.state() == wanted) {
			if (accept && this.mentorships.byIds(List.of(request.mentorshipId()), Reader.everything()).isEmpty()) {
				// Accepted, but the mentorship was not written (the service stopped
				// between
				// the two): answering again writes it.
				startMentorship(request, request.mentorshipId());
			}
			return request;
		}
		throw new BadRequestException("respondToMentorshipRequest: request '" + id + "' is "
				+ request.state().name().toLowerCase(java.util.Locale.ROOT) + " and cannot be "
				+ (accept ? "accepted" : "declined") + " any more"
				+ ((request.state() == RequestState.EXPIRED) ? "; the asker may send a new one" : ""));
	}

	MentorshipRequest withdraw(String id, Caller caller) {
		MentorshipRequest request = find(id, "withdrawMentorshipRequest");
		if (!Objects.equals(caller.personId(), request.fromId())) {
			throw new ForbiddenException("withdrawMentorshipRequest: only the asker ('" + request.fromId()
					+ "') withdraws request '" + id + "'; the person asked declines it");
		}
		if (request.state() == RequestState.PENDING) {
			this.repository.answer(id, RequestState.WITHDRAWN, null, null,
					this.auditor.entry("withdrawMentorshipRequest"));
			request = read(id);
		}
		if (request.state() == RequestState.WITHDRAWN) {
			return request;
		}
		throw new BadRequestException("withdrawMentorshipRequest: request '" + id + "' is "
				+ request.state().name().toLowerCase(java.util.Locale.ROOT) + " and cannot be withdrawn"
				+ ((request.state() == RequestState.ACCEPTED) ? "; end the mentorship with endMentorship" : ""));
	}

	/** A request its asker, its addressee or an admin reads; null for anyone else. */
	MentorshipRequest visible(String id, Caller caller) {
		MentorshipRequest request = this.repository.requests(List.of(id)).get(id);
		if (request == null) {
			return null;
		}
		boolean party = caller.personId() != null
				&& (caller.personId().equals(request.fromId()) || caller.personId().equals(request.toId()));
		return (party || caller.isAdmin()) ? request : null;
	}

	static String self(Caller caller, String operation) {
		if (caller.personId() == null) {
			throw new ForbiddenException(
					operation + " is for a signed-in person of the network, and your sign-in" + " names none");
		}
		return caller.personId();
	}

	/**
	 * The accepted request's mentorship: the addressee mentors the asker in the skills
	 * asked for, from today. Refused (and the request open again) when the mentor has no
	 * free place.
	 */
	private void startMentorship(MentorshipRequest request, String mentorshipId) {
		Map<String, Object> mentorship = new LinkedHashMap<>();
		mentorship.put("id", mentorshipId);
		mentorship.put("mentor", request.toId());
		mentorship.put("mentee", request.fromId());
		mentorship.put("skills", request.skillIds());
		mentorship.put("startedOn", LocalDate.now(ZoneOffset.UTC));
		mentorship.put("origin", MentorshipOrigin.SELF_IDENTIFIED.name());
		try {
			this.entities.upsert(Kind.MENTORSHIPS, mentorship, "respondToMentorshipRequest");
		}
		catch (BadRequestException ex) {
			this.repository.reopen(request.id());
			throw ex;
		}
	}

	private MentorshipRequest find(String id, String operation) {
		MentorshipRequest request = this.repository.requests(List.of(id)).get(id);
		if (request == null) {
			throw new NotFoundException(operation + ": there is no mentorship request '" + id + "'");
		}
		return request;
	}

	private MentorshipRequest read(String id) {
		return this.repository.requests(List.of(id)).get(id);
	}

}

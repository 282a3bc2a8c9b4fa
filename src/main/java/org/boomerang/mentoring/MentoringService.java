package org.boomerang.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.boomerang.api.BadRequestException;
import org.boomerang.api.NotFoundException;
import org.boomerang.api.Problem;
import org.boomerang.audit.Auditor;
import org.boomerang.importing.GraphChangedEvent;
import org.boomerang.importing.ImportRejectedException;
import org.boomerang.importing.ImportService;
import org.boomerang.importing.Kind;
import org.boomerang.security.Reader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Starts and ends mentorships and records transfers. Each write is a one-entity import
 * document handed to {@link ImportService}, so the rules (references, capacity, replays,
 * conflicts) are exactly those of the import.
 */
@Service
class MentoringService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_NOTES = 10_000;

	private final ImportService imports;

	private final MentoringRepository repository;

	private final ApplicationEventPublisher events;

	private final Auditor auditor;

	MentoringService(ImportService imports, MentoringRepository repository, ApplicationEventPublisher events,
			Auditor auditor) {
		this.auditor = auditor;
		this.imports = imports;
		this.repository = repository;
		this.events = events;
	}

	/**
	 * The learner confirms a recorded transfer, with a rating and notes: the one change a
	 * transfer allows after it was recorded. Who confirmed and when are kept on it.
	 */
	Transfer confirm(String id, Integer rating, String notes) {
		if (rating != null && (rating < 1 || rating > 5)) {
			throw new BadRequestException("rating must be between 1 (not useful) and 5 (very useful), not " + rating);
		}
		if (notes != null && notes.length() > MAX_NOTES) {
			throw new BadRequestException(
					"notes are " + notes.length() + " characters long; keep them to " + MAX_NOTES + " characters");
		}
		this.repository.confirm(id, rating, notes, this.auditor.entry("confirmTransfer"));
		// The teacher's evidence (confirmed, rated) changed: the teacher index reloads
		// it.
		this.events.publishEvent(new GraphChangedEvent(Map.of(Kind.TRANSFERS, List.of(id))));
		return this.repository.transfers(List.of(id), Reader.everything()).get(id);
	}

	Mentorship start(MentorshipInput input) {
		ObjectNode mentorship = JSON.createObjectNode();
		mentorship.put("id", input.id());
		mentorship.put("mentor", input.mentor());
		mentorship.put("mentee", input.mentee());
		ArrayNode skills = mentorship.putArray("skills");
		input.skills().forEach(skills::add);
		mentorship.put("startedOn", input.startedOn().toString());
		putIfPresent(mentorship, "endedOn", input.endedOn());
		putIfPresent(mentorship, "origin", input.origin());
		putIfPresent(mentorship, "program", input.program());
		putIfPresent(mentorship, "goals", input.goals());
		write("mentorships", mentorship, "startMentorship");
		return mentorship(input.id());
	}

	Mentorship end(String id, LocalDate endedOn) {
		Map<String, Object> stored = this.repository.mentorshipAsDocument(id)
			.orElseThrow(() -> new NotFoundException(
					"there is no mentorship '" + id + "'; check the id (startMentorship creates one)"));
		ObjectNode mentorship = JSON.createObjectNode();
		stored.forEach((field, value) -> {
			if (value instanceof List<?> list) {
				ArrayNode array = mentorship.putArray(field);
				list.forEach((item) -> array.add(item.toString()));
			}
			else {
				mentorship.put(field, value.toString());
			}
		});
		mentorship.put("endedOn", endedOn.toString());
		write("mentorships", mentorship, "endMentorship");
		return mentorship(id);
	}

	Transfer record(TransferInput input) {
		ObjectNode transfer = JSON.createObjectNode();
		transfer.put("id", input.id());
		transfer.put("from", input.from());
		transfer.put("to", input.to());
		transfer.put("skill", input.skill());
		transfer.put("on", input.on().toString());
		putIfPresent(transfer, "mentorship", input.mentorship());
		putIfPresent(transfer, "format", (input.format() != null) ? input.format().name() : null);
		if (input.minutes() != null) {
			transfer.put("minutes", input.minutes());
		}
		if (input.outcome() != null) {
			ObjectNode outcome = transfer.putObject("outcome");
			if (input.outcome().rating() != null) {
				outcome.put("rating", input.outcome().rating());
			}
			if (input.outcome().learnerConfirmed() != null) {
				outcome.put("learnerConfirmed", input.outcome().learnerConfirmed());
			}
			putIfPresent(outcome, "notes", input.outcome().notes());
		}
		write("transfers", transfer, "recordTransfer");
		return this.repository.transfers(List.of(input.id()), Reader.everything()).get(input.id());
	}

	private Mentorship mentorship(String id) {
		return this.repository.mentorship(id, Reader.everything())
			.orElseThrow(() -> new IllegalStateException("mentorship '" + id + "' was written but cannot be read"));
	}

	private void write(String kind, ObjectNode entity, String operation) {
		ObjectNode document = JSON.createObjectNode();
		document.put("format", "boomerang-import/1");
		document.putArray(kind).add(entity);
		try {
			this.imports.importDocument(document, operation);
		}
		catch (ImportRejectedException ex) {
			// The problems go into the message only, as the mentoring mutations have
			// always answered.
			throw new BadRequestException(describe(kind, ex.problems()));
		}
	}

	/**
	 * The import's problems, with paths that name the mutation's input rather than a
	 * document position ({@code input.skills[1]} rather than
	 * {@code $.mentorships[0].skills[1]}).
	 */
	private static String describe(String kind, List<Problem> problems) {
		String prefix = "$." + kind + "[0]";
		return problems.stream().map((p) -> {
			String path = p.path().startsWith(prefix) ? "input" + p.path().substring(prefix.length()) : p.path();
			String message = p.message();
			if (message.contains("already recorded with different content")) {
				message = "CONFLICT: " + message;
			}
			return path + ": " + message;
		}).collect(Collectors.joining("; "));
	}

	private static void putIfPresent(ObjectNode node, String field, Object value) {
		if (value != null) {
			node.put(field, value.toString());
		}
	}

}

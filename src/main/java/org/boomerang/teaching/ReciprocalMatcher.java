package org.boomerang.teaching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.boomerang.api.NotFoundException;
import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.teaching.ReciprocalMatchRepository.Flow;
import org.boomerang.teaching.ReciprocalMatchRepository.Pair;
import org.boomerang.security.Reader;

import org.springframework.stereotype.Service;

/**
 * Finds boomerang pairs ({@link ReciprocalMatchRepository}) and explains them.
 */
@Service
class ReciprocalMatcher {

	private final ReciprocalMatchRepository repository;

	ReciprocalMatcher(ReciprocalMatchRepository repository) {
		this.repository = repository;
	}

	List<ReciprocalMatch> matches(String person, Integer first, Reader reader) {
		int limit = TeacherSearch.checkFirst(first);
		ReciprocalMatchRepository.Pairs found = this.repository.pairs(person, limit, reader)
			.orElseThrow(() -> new NotFoundException(
					"No person has the id '" + person + "': give the id of the person to find partners for"));
		return found.pairs().stream().map((pair) -> match(pair, found.stage())).toList();
	}

	private static ReciprocalMatch match(Pair pair, CareerStage myStage) {
		CareerStage theirs = pair.careerStage();
		List<Flow> teaches = sorted(pair.teaches());
		List<Flow> learns = sorted(pair.learns());
		MentoringDirection direction = CareerStage.direction(theirs, myStage);
		String name = pair.name();
		List<String> reasons = new ArrayList<>();
		reasons.add(name + " can teach you " + describe(teaches, "their") + ".");
		reasons.add(name + " wants to learn " + describe(learns, "your") + " from you.");
		reasons.add(switch (direction) {
			case REVERSE -> "A boomerang pair across career stages: " + name + " (" + stage(theirs)
					+ ") mentors you in reverse while you (" + stage(myStage) + ") teach them.";
			case TRADITIONAL -> "A boomerang pair across career stages: you (" + stage(myStage) + ") mentor " + name
					+ " (" + stage(theirs) + ") in reverse while they teach you.";
			case PEER -> "Peers at the same career stage (" + stage(theirs) + ") teaching each other.";
		});
		return new ReciprocalMatch(pair.id(), teaches.stream().map(Flow::id).toList(),
				learns.stream().map(Flow::id).toList(), pair.score(), direction, reasons);
	}

	/** Most wanted first, then the higher level, then by name. */
	private static List<Flow> sorted(List<Flow> flows) {
		return flows.stream()
			.sorted(Comparator.comparingInt(Flow::priority)
				.thenComparing(Comparator.comparingInt(Flow::level).reversed())
				.thenComparing(Flow::name))
			.toList();
	}

	private static String describe(List<Flow> flows, String whose) {
		List<String> parts = flows.stream()
			.map((f) -> f.name() + " (" + whose + " level " + f.level() + ", learning priority " + f.priority() + ")")
			.toList();
		return String.join(", ", parts);
	}

	private static String stage(CareerStage stage) {
		return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}

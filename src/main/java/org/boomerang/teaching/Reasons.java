package org.boomerang.teaching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.boomerang.model.CareerStage;
import org.boomerang.model.MentoringDirection;
import org.boomerang.skill.search.SkillMatch;

/**
 * Writes the plain-language reasons of a match: what matched and how, the teaching
 * record, the free places, and the asker's context.
 */
final class Reasons {

	private Reasons() {
	}

	static List<String> of(TeacherRankingRepository.Ranked teacher, List<TeacherRankingRepository.Held> held,
			Map<String, SkillMatch> topic, CareerStage askerStage) {
		List<String> reasons = new ArrayList<>();
		TeacherRankingRepository.Held best = held.get(0);
		reasons.add(whatMatched(best, topic.get(best.id())));
		if (held.size() > 1) {
			List<String> others = held.subList(1, Math.min(held.size(), 4))
				.stream()
				.map((h) -> h.name() + " (level " + h.level() + ")")
				.toList();
			String more = (held.size() > 4) ? " and " + (held.size() - 4) + " more related skills" : "";
			reasons.add("Also teaches " + String.join(", ", others) + more + ".");
		}
		reasons.add(record(teacher, held.size() > 1));
		reasons.add(places(teacher));
		if (askerStage != null && teacher.direction() != null) {
			reasons.add(direction(teacher, askerStage));
		}
		if (!teacher.sharedInstitutions().isEmpty()) {
			reasons.add("Works at " + String.join(" and ", teacher.sharedInstitutions()) + ", as you do.");
		}
		if (teacher.otherProfession()) {
			reasons.add("Brings another profession's view (" + String.join(", ", teacher.professions()) + ").");
		}
		return reasons;
	}

	private static String whatMatched(TeacherRankingRepository.Held held, SkillMatch match) {
		String teaches = "Teaches " + held.name() + " at level " + held.level();
		if (match == null) {
			return teaches + ".";
		}
		return switch (match.via()) {
			case EXACT -> teaches + ", the skill you asked about.";
			case ALIAS -> teaches + "; matched your word " + match.alias() + ", another name for it.";
			case FUZZY -> teaches + "; read your words as a likely misspelling (" + match.matched() + ").";
			case TEXT -> teaches + "; matched your words \"" + match.matched() + "\".";
			case NARROWER -> teaches + ", a specialised part of " + match.fromName() + ", which " + how(match) + ".";
			case BROADER -> teaches + ", the wider field around " + match.fromName() + ", which " + how(match) + ".";
		};
	}

	private static String how(SkillMatch match) {
		return (match.alias() != null) ? "matched your word " + match.alias()
				: "matched your words \"" + match.matched() + "\"";
	}

	private static String record(TeacherRankingRepository.Ranked teacher, boolean several) {
		String it = several ? "these skills" : "it";
		if (teacher.taught() == 0) {
			return "Has no recorded teaching of " + it + " yet.";
		}
		StringBuilder text = new StringBuilder("Taught ").append(it).append(' ').append(times(teacher.taught()));
		if (teacher.confirmed() == 1 && teacher.taught() == 1) {
			text.append(", confirmed by the learner");
		}
		else if (teacher.confirmed() > 0) {
			text.append(", ").append(teacher.confirmed()).append(" confirmed by learners");
		}
		if (teacher.rating() != null) {
			text.append(", average rating ").append(oneDecimal(teacher.rating()));
		}
		if (teacher.lastTaught() != null) {
			text.append("; most recently on ").append(teacher.lastTaught());
		}
		return text.append('.').toString();
	}

	/**
	 * A rating with one decimal, as {@code %.1f} writes it (half up, from the shortest
	 * decimal form of the double), without a Formatter per answer.
	 */
	static String oneDecimal(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	private static String times(int count) {
		return switch (count) {
			case 1 -> "once";
			case 2 -> "twice";
			default -> count + " times";
		};
	}

	private static String places(TeacherRankingRepository.Ranked teacher) {
		int free = teacher.capacity() - teacher.active();
		if (free > 0) {
			return free + " of " + teacher.capacity() + " mentoring places free.";
		}
		if (teacher.capacity() == 0) {
			return "Takes no mentees at the moment (shown because you asked to include people at capacity).";
		}
		return "All " + teacher.capacity() + " mentoring places are taken (shown because you asked to include"
				+ " people at capacity).";
	}

	private static String direction(TeacherRankingRepository.Ranked teacher, CareerStage asker) {
		String theirs = stage(teacher.careerStage());
		return switch (MentoringDirection.valueOf(teacher.direction())) {
			case REVERSE -> "Reverse mentoring: " + teacher.name() + " is at an earlier career stage (" + theirs
					+ ") than you (" + stage(asker) + ").";
			case PEER -> "Peer learning: you are both at the " + theirs + " stage.";
			case TRADITIONAL -> "Traditional mentoring: " + teacher.name() + " is at a later career stage (" + theirs
					+ ") than you (" + stage(asker) + ").";
		};
	}

	private static String stage(CareerStage stage) {
		return stage.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

}

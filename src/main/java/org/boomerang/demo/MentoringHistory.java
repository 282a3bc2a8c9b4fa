package org.boomerang.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.boomerang.model.MentorshipOrigin;
import org.boomerang.model.TransferFormat;

import static org.boomerang.demo.Draws.between;
import static org.boomerang.demo.Draws.date;
import static org.boomerang.demo.Draws.pick;

/**
 * What the people of the demo network did with each other: mentorships (some reverse,
 * some reciprocal, some ended) that follow from what people want to learn and who can
 * teach it, and the transfers of the 18 months before the "as of" date, inside
 * mentorships and as one-off consults. Transfers are handed on one at a time, so a large
 * network never holds them all.
 */
final class MentoringHistory {

	private final SkillCatalogue skills;

	private final DemoNetworkGenerator.Settings settings;

	private final List<Population.Person> people;

	/** Per skill, the people who can teach it. */
	private final int[][] teachers;

	private final LocalDate windowStart;

	MentoringHistory(SkillCatalogue skills, DemoNetworkGenerator.Settings settings, List<Population.Person> people) {
		this.skills = skills;
		this.settings = settings;
		this.people = people;
		this.teachers = teachersBySkill(people, skills.size());
		this.windowStart = settings.asOf().minusMonths(18);
	}

	private static int[][] teachersBySkill(List<Population.Person> people, int skills) {
		int[] counts = new int[skills];
		for (Population.Person p : people) {
			for (int i = 0; i < p.skills.length; i++) {
				if (p.canTeach[i]) {
					counts[p.skills[i]]++;
				}
			}
		}
		int[][] teachers = new int[counts.length][];
		for (int s = 0; s < counts.length; s++) {
			teachers[s] = new int[counts[s]];
			counts[s] = 0;
		}
		for (Population.Person p : people) {
			for (int i = 0; i < p.skills.length; i++) {
				if (p.canTeach[i]) {
					teachers[p.skills[i]][counts[p.skills[i]]++] = p.index;
				}
			}
		}
		return teachers;
	}

	/** Draws the mentorships: about three for every ten people. */
	List<Mentorship> mentorships(SplittableRandom random) {
		List<Population.Person> people = this.people;
		LocalDate asOf = this.settings.asOf();
		int target = (int) Math.round(people.size() * 0.3);
		List<Mentorship> mentorships = new ArrayList<>(target);
		Set<Long> pairs = new HashSet<>();
		int[] active = new int[people.size()];
		for (int attempt = 0; attempt < target * 20 && mentorships.size() < target; attempt++) {
			Population.Person mentee = people.get(random.nextInt(people.size()));
			if (mentee.wants.length == 0) {
				continue;
			}
			int skill = mentee.wants[random.nextInt(mentee.wants.length)];
			int[] candidates = this.teachers[skill];
			if (candidates.length == 0) {
				continue;
			}
			boolean ended = random.nextDouble() < 0.3;
			Population.Person mentor = null;
			for (int tries = 0; tries < 6 && mentor == null; tries++) {
				Population.Person candidate = people.get(candidates[random.nextInt(candidates.length)]);
				long pair = (long) candidate.index * people.size() + mentee.index;
				if (candidate != mentee && !pairs.contains(pair)
						&& (ended || active[candidate.index] < candidate.capacity)) {
					mentor = candidate;
					pairs.add(pair);
				}
			}
			if (mentor == null) {
				continue;
			}
			Mentorship m = new Mentorship();
			m.id = String.format("mentorship:%06d", mentorships.size() + 1);
			m.mentor = mentor.index;
			m.mentee = mentee.index;
			m.startedOn = asOf.minusDays(between(random, 30, 600));
			if (ended) {
				m.endedOn = m.startedOn.plusDays(between(random, 60, 400));
				if (!m.endedOn.isBefore(asOf)) {
					m.endedOn = asOf.minusDays(1);
				}
				if (m.endedOn.isBefore(m.startedOn)) {
					m.endedOn = m.startedOn;
				}
			}
			else {
				active[mentor.index]++;
			}
			m.skills.add(skill);
			if (random.nextDouble() < 0.4) {
				int other = teachable(mentor, random);
				if (other >= 0 && !m.skills.contains(other)) {
					m.skills.add(other);
				}
			}
			m.forward = m.skills.size();
			if (random.nextDouble() < 0.45) {
				int back = backSkill(mentee, mentor, random);
				if (back >= 0 && !m.skills.contains(back)) {
					m.skills.add(back);
					m.back = back;
				}
			}
			m.origin = (random.nextDouble() < 0.4) ? MentorshipOrigin.ASSIGNED : MentorshipOrigin.SELF_IDENTIFIED;
			if (m.origin == MentorshipOrigin.ASSIGNED) {
				m.program = DemoCatalogue.PROGRAMS[random.nextInt(DemoCatalogue.PROGRAMS.length)];
			}
			m.goals = "Build confidence in " + this.skills.name(skill).toLowerCase(Locale.ROOT) + ((m.back >= 0)
					? ", and share " + this.skills.name(m.back).toLowerCase(Locale.ROOT) + " in return." : ".");
			mentorships.add(m);
		}
		return mentorships;
	}

	private static int teachable(Population.Person p, SplittableRandom random) {
		int[] indices = new int[p.skills.length];
		int n = 0;
		for (int i = 0; i < p.skills.length; i++) {
			if (p.canTeach[i]) {
				indices[n++] = p.skills[i];
			}
		}
		return (n == 0) ? -1 : indices[random.nextInt(n)];
	}

	/** Something the mentee can teach the mentor: one the mentor wants, if any. */
	private static int backSkill(Population.Person mentee, Population.Person mentor, SplittableRandom random) {
		for (int i = 0; i < mentee.skills.length; i++) {
			if (mentee.canTeach[i]) {
				for (int want : mentor.wants) {
					if (want == mentee.skills[i]) {
						return want;
					}
				}
			}
		}
		return teachable(mentee, random);
	}

	/**
	 * Draws the transfers, about {@code transfersPerPerson} per person: seven in ten
	 * inside mentorships (both ways in reciprocal ones), the rest one-off consults.
	 * @param into receives each transfer as it is drawn
	 * @return how many were drawn
	 */
	long transfers(List<Mentorship> mentorships, SplittableRandom random, Consumer<Transfer> into) {
		List<Population.Person> people = this.people;
		LocalDate asOf = this.settings.asOf();
		long target = (long) this.settings.transfersPerPerson() * people.size();
		double perMentorship = mentorships.isEmpty() ? 0 : 0.7 * target / mentorships.size();
		long written = 0;
		for (Mentorship m : mentorships) {
			LocalDate lo = m.startedOn.isBefore(this.windowStart) ? this.windowStart : m.startedOn;
			LocalDate hi = (m.endedOn != null) ? m.endedOn : asOf;
			if (hi.isBefore(lo) || target == 0) {
				continue;
			}
			int count = Math.max(1, (int) Math.round(perMentorship * (0.5 + random.nextDouble())));
			for (int k = 0; k < count; k++) {
				boolean back = m.back >= 0 && (k == 1 || random.nextDouble() < 0.3);
				Population.Person from = people.get(back ? m.mentee : m.mentor);
				Population.Person to = people.get(back ? m.mentor : m.mentee);
				int skill = back ? m.back : m.skills.get(random.nextInt(m.forward));
				written++;
				LocalDate on = date(random, lo, hi);
				TransferFormat format = format(random);
				int minutes = 5 * between(random, 4, 18);
				into.accept(transfer(written, from, to, skill, on, m.id, format, minutes, random));
			}
		}
		long consults = Math.max(0, target - written);
		for (long attempt = 0; attempt < consults * 10 && consults > 0; attempt++) {
			Population.Person learner = people.get(random.nextInt(people.size()));
			if (learner.wants.length == 0) {
				continue;
			}
			int skill = learner.wants[random.nextInt(learner.wants.length)];
			int[] candidates = this.teachers[skill];
			if (candidates.length == 0) {
				continue;
			}
			Population.Person teacher = people.get(candidates[random.nextInt(candidates.length)]);
			if (teacher == learner) {
				continue;
			}
			written++;
			LocalDate on = date(random, this.windowStart, asOf);
			int minutes = 5 * between(random, 2, 6);
			into.accept(transfer(written, teacher, learner, skill, on, null, TransferFormat.CONSULT, minutes, random));
			if (--consults == 0) {
				break;
			}
		}
		return written;
	}

	private static Transfer transfer(long number, Population.Person from, Population.Person to, int skill, LocalDate on,
			String mentorship, TransferFormat format, int minutes, SplittableRandom random) {
		Integer rating = null;
		Boolean confirmed = null;
		if (random.nextDouble() < 0.85) {
			rating = 1 + pick(random, new double[] { 0.03, 0.05, 0.17, 0.40, 0.35 });
			confirmed = random.nextDouble() < ((rating <= 2) ? 0.2 : 0.8);
		}
		return new Transfer(String.format("transfer:%07d", number), from, to, skill, on, mentorship, format, minutes,
				rating, confirmed);
	}

	private static TransferFormat format(SplittableRandom random) {
		double r = random.nextDouble();
		return (r < 0.6) ? TransferFormat.ONE_TO_ONE : (r < 0.85) ? TransferFormat.ONLINE
				: (r < 0.93) ? TransferFormat.GROUP_SESSION : TransferFormat.WORKSHOP;
	}

	/** One mentorship: mentor and mentee (people's indices), skills, dates, origin. */
	static final class Mentorship {

		String id;

		int mentor;

		int mentee;

		/**
		 * The skills: first those the mentor teaches ({@link #forward} of them), then the
		 * one taught back.
		 */
		final List<Integer> skills = new ArrayList<>(3);

		int forward;

		/** The skill the mentee teaches back, or -1. */
		int back = -1;

		LocalDate startedOn;

		LocalDate endedOn;

		MentorshipOrigin origin;

		String program;

		String goals;

	}

	/**
	 * One act of teaching.
	 *
	 * @param rating 1-5, or null when the learner gave no outcome
	 * @param confirmed whether the learner confirmed, null without an outcome
	 */
	record Transfer(String id, Population.Person from, Population.Person to, int skill, LocalDate on, String mentorship,
			TransferFormat format, int minutes, Integer rating, Boolean confirmed) {
	}

}

package org.boomerang.demo;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.boomerang.model.CareerStage;
import org.boomerang.model.InstitutionKind;
import org.boomerang.model.Visibility;

import static org.boomerang.demo.Draws.between;
import static org.boomerang.demo.Draws.pick;

/**
 * Who exists in the demo network: people at every career stage, with their professions,
 * affiliations, communities, the skills they hold and the skills they want to learn.
 * Digital skills lean junior; clinical, teaching, research and leadership skills lean
 * senior. A compact model: a person's skills are indices into the {@link SkillCatalogue}.
 */
final class Population {

	private static final double[] STAGE_WEIGHTS = { 0.12, 0.25, 0.20, 0.28, 0.15 };

	private static final double[] PROFESSION_WEIGHTS = { 0.22, 0.25, 0.09, 0.08, 0.06, 0.06, 0.06, 0.09, 0.09 };

	/** Weight of each area by career stage (columns: student ... senior). */
	private static final Map<SkillArea, double[]> AREA_WEIGHTS = new EnumMap<>(SkillArea.class);

	static {
		AREA_WEIGHTS.put(SkillArea.DIGITAL, new double[] { 0.42, 0.40, 0.28, 0.14, 0.08 });
		AREA_WEIGHTS.put(SkillArea.CLINICAL, new double[] { 0.26, 0.28, 0.32, 0.30, 0.26 });
		AREA_WEIGHTS.put(SkillArea.TEACHING, new double[] { 0.06, 0.09, 0.13, 0.20, 0.22 });
		AREA_WEIGHTS.put(SkillArea.RESEARCH, new double[] { 0.06, 0.05, 0.10, 0.12, 0.16 });
		AREA_WEIGHTS.put(SkillArea.LEADERSHIP, new double[] { 0.02, 0.03, 0.07, 0.14, 0.20 });
		AREA_WEIGHTS.put(SkillArea.GENERAL, new double[] { 0.08, 0.08, 0.08, 0.08, 0.08 });
	}

	private static final double[] DIGITAL_LEVEL = { 3.6, 3.8, 3.3, 2.4, 1.9 };

	private static final double[] EXPERTISE_LEVEL = { 1.6, 2.3, 3.0, 3.9, 4.4 };

	private static final int[][] TENURE_DAYS = { { 100, 1400 }, { 30, 1000 }, { 200, 2200 }, { 400, 5000 },
			{ 1000, 9000 } };

	private static final int[][] YEARS_IN_PRACTICE = { { 0, 0 }, { 0, 2 }, { 3, 8 }, { 9, 20 }, { 20, 38 } };

	private static final String RESEARCH_INSTITUTE = "inst:kestrel-institute";

	private final SkillCatalogue skills;

	private final DemoNetworkGenerator.Settings settings;

	Population(SkillCatalogue skills, DemoNetworkGenerator.Settings settings) {
		this.skills = skills;
		this.settings = settings;
	}

	/** Draws everyone. */
	List<Person> people(SplittableRandom random) {
		List<Person> people = new ArrayList<>(this.settings.people());
		for (int i = 0; i < this.settings.people(); i++) {
			people.add(person(i, random));
		}
		return people;
	}

	private Person person(int index, SplittableRandom random) {
		Person p = new Person();
		p.index = index;
		p.id = String.format("person:%06d", index + 1);
		p.stage = (index < STAGE_WEIGHTS.length) ? index : pick(random, STAGE_WEIGHTS);
		Profession main = Profession.values()[pick(random, PROFESSION_WEIGHTS)];
		p.professions.add(main);
		boolean clinicianAcademic = main.clinical() && p.stage >= 3 && random.nextDouble() < 0.3;
		Profession second = null;
		if (clinicianAcademic) {
			second = (random.nextDouble() < 0.6) ? Profession.EDUCATION : Profession.RESEARCH;
			p.professions.add(second);
		}
		affiliations(p, main, second, random);
		String first = DemoCatalogue.FIRST_NAMES[random.nextInt(DemoCatalogue.FIRST_NAMES.length)];
		String last = DemoCatalogue.LAST_NAMES[random.nextInt(DemoCatalogue.LAST_NAMES.length)];
		String title = "";
		boolean academic = p.affiliations.stream()
			.anyMatch((a) -> a.to() == null && a.institution().kind() == InstitutionKind.UNIVERSITY);
		if (p.stage == 4 && academic) {
			title = "Prof. ";
		}
		else if ((main == Profession.MEDICINE || main == Profession.DENTISTRY) && p.stage >= 1
				|| main == Profession.RESEARCH && p.stage >= 2) {
			title = "Dr ";
		}
		p.name = title + first + " " + last;
		if (random.nextDouble() < 0.85) {
			p.email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + (index + 1) + "@"
					+ p.affiliations.get(p.affiliations.size() - 1).institution().domain();
		}
		if (p.stage > 0) {
			int[] years = YEARS_IN_PRACTICE[p.stage];
			int year = this.settings.asOf().getYear() - between(random, years[0], years[1]);
			p.startedPracticeYear = Math.min(Year.now().getValue(), Math.max(1950, year));
		}
		skills(p, random);
		wants(p, random);
		p.capacity = (random.nextDouble() < 0.05) ? 0
				: Math.max(1, new int[] { 1, 2, 2, 3, 3 }[p.stage] + between(random, -1, 1));
		double visibility = random.nextDouble();
		p.visibility = (visibility < 0.92) ? null : (visibility < 0.98) ? Visibility.INSTITUTION : Visibility.PRIVATE;
		communities(p, random);
		if (random.nextDouble() < 0.5 && p.wants.length > 0) {
			Affiliation current = p.affiliations.get(p.affiliations.size() - 1);
			p.bio = current.role() + " at " + current.institution().name() + ". Keen to learn "
					+ this.skills.name(p.wants[0]).toLowerCase(Locale.ROOT) + ".";
		}
		return p;
	}

	private void affiliations(Person p, Profession main, Profession second, SplittableRandom random) {
		LocalDate asOf = this.settings.asOf();
		int[] tenure = TENURE_DAYS[p.stage];
		LocalDate from = asOf.minusDays(between(random, tenure[0], tenure[1]));
		DemoCatalogue.Institution home;
		if (p.stage == 0) {
			home = university(random);
		}
		else if (main == Profession.EDUCATION) {
			home = university(random);
		}
		else if (main == Profession.RESEARCH) {
			home = (random.nextDouble() < 0.6) ? institution(RESEARCH_INSTITUTE) : university(random);
		}
		else {
			home = clinicalSite(random);
		}
		if (p.stage >= 2 && random.nextDouble() < 0.25) {
			DemoCatalogue.Institution before = (home.kind() == InstitutionKind.UNIVERSITY) ? university(random)
					: clinicalSite(random);
			if (before != home) {
				LocalDate start = from.minusDays(between(random, 365, 2500));
				p.affiliations.add(new Affiliation(before, main.role(p.stage - 1), start, from.minusDays(1)));
			}
		}
		p.affiliations.add(new Affiliation(home, main.role(p.stage), from, null));
		if (p.stage == 0 && main.clinical() && random.nextDouble() < 0.5) {
			p.affiliations.add(new Affiliation(clinicalSite(random), "Clinical placement student",
					asOf.minusDays(between(random, 10, 200)), null));
		}
		if (second == Profession.EDUCATION) {
			String role = (p.stage == 4) ? "Clinical professor" : "Conjoint senior lecturer";
			p.affiliations
				.add(new Affiliation(university(random), role, asOf.minusDays(between(random, 200, 4000)), null));
		}
		else if (second == Profession.RESEARCH) {
			p.affiliations.add(new Affiliation(institution(RESEARCH_INSTITUTE), "Clinician researcher",
					asOf.minusDays(between(random, 200, 4000)), null));
		}
		else if (main == Profession.MEDICINE && p.stage == 2 && random.nextDouble() < 0.15) {
			p.affiliations.add(new Affiliation(institution(RESEARCH_INSTITUTE), "PhD candidate",
					asOf.minusDays(between(random, 100, 1200)), null));
		}
	}

	private static DemoCatalogue.Institution university(SplittableRandom random) {
		return institution(random.nextBoolean() ? "inst:westhaven-university" : "inst:lakeshore-university");
	}

	private static DemoCatalogue.Institution clinicalSite(SplittableRandom random) {
		// four hospitals and the community health service; the last one less often
		return DemoCatalogue.INSTITUTIONS.get((random.nextDouble() < 0.12) ? 4 : random.nextInt(4));
	}

	private static DemoCatalogue.Institution institution(String id) {
		return DemoCatalogue.INSTITUTIONS.stream().filter((i) -> i.id().equals(id)).findFirst().orElseThrow();
	}

	private void skills(Person p, SplittableRandom random) {
		int mean = this.settings.skillsPerPerson();
		int wanted = Math.max(2, mean + between(random, -mean / 3, mean / 3));
		Map<SkillArea, Double> weights = areaWeights(p);
		Set<Integer> held = new HashSet<>();
		List<int[]> chosen = new ArrayList<>();
		for (int attempt = 0; attempt < wanted * 5 && chosen.size() < wanted; attempt++) {
			SkillArea area = pickArea(weights, random);
			int skill = this.skills.draw(area, p.professions.get(0), random);
			if (skill < 0 || !held.add(skill)) {
				continue;
			}
			double mu = (area == SkillArea.DIGITAL) ? DIGITAL_LEVEL[p.stage]
					: (area == SkillArea.GENERAL) ? 3.0 : EXPERTISE_LEVEL[p.stage];
			int level = (int) Math.round(Math.max(1, Math.min(5, mu + random.nextGaussian() * 0.9)));
			double teach = (level == 5) ? 0.95 : (level == 4) ? 0.75 : (level == 3) ? 0.15 : 0;
			chosen.add(new int[] { skill, level, (random.nextDouble() < teach) ? 1 : 0 });
		}
		p.skills = new int[chosen.size()];
		p.levels = new byte[chosen.size()];
		p.canTeach = new boolean[chosen.size()];
		for (int i = 0; i < chosen.size(); i++) {
			p.skills[i] = chosen.get(i)[0];
			p.levels[i] = (byte) chosen.get(i)[1];
			p.canTeach[i] = chosen.get(i)[2] == 1;
		}
	}

	private Map<SkillArea, Double> areaWeights(Person p) {
		Map<SkillArea, Double> weights = new EnumMap<>(SkillArea.class);
		AREA_WEIGHTS.forEach((area, byStage) -> weights.put(area, byStage[p.stage]));
		for (Profession profession : p.professions) {
			if (profession == Profession.EDUCATION) {
				weights.merge(SkillArea.TEACHING, 0.2, Double::sum);
				weights.merge(SkillArea.CLINICAL, -0.12, Double::sum);
			}
			else if (profession == Profession.RESEARCH) {
				weights.merge(SkillArea.RESEARCH, 0.22, Double::sum);
				weights.merge(SkillArea.CLINICAL, -0.15, Double::sum);
			}
		}
		weights.replaceAll((area, w) -> Math.max(0.01, w));
		return weights;
	}

	private static SkillArea pickArea(Map<SkillArea, Double> weights, SplittableRandom random) {
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		double r = random.nextDouble() * total;
		for (Map.Entry<SkillArea, Double> entry : weights.entrySet()) {
			r -= entry.getValue();
			if (r < 0) {
				return entry.getKey();
			}
		}
		return SkillArea.GENERAL;
	}

	private void wants(Person p, SplittableRandom random) {
		int count = between(random, 1, 4);
		Set<Integer> strong = new HashSet<>();
		for (int i = 0; i < p.skills.length; i++) {
			if (p.levels[i] >= 3) {
				strong.add(p.skills[i]);
			}
		}
		List<Integer> wants = new ArrayList<>();
		for (int attempt = 0; attempt < count * 6 && wants.size() < count; attempt++) {
			SkillArea area;
			double r = random.nextDouble();
			if (p.stage >= 3) {
				area = (r < 0.7) ? SkillArea.DIGITAL : (r < 0.85) ? SkillArea.LEADERSHIP : SkillArea.RESEARCH;
			}
			else {
				area = (r < 0.45) ? SkillArea.CLINICAL
						: (r < 0.7) ? SkillArea.TEACHING : (r < 0.85) ? SkillArea.RESEARCH : SkillArea.DIGITAL;
			}
			// Wishes are mostly for the local skills, where the teachers are.
			int skill = (random.nextDouble() < 0.8) ? this.skills.drawLocal(area, p.professions.get(0), random)
					: this.skills.draw(area, p.professions.get(0), random);
			if (skill >= 0 && !strong.contains(skill) && !wants.contains(skill)) {
				wants.add(skill);
			}
		}
		p.wants = wants.stream().mapToInt(Integer::intValue).toArray();
		p.priorities = new byte[p.wants.length];
		for (int i = 0; i < p.wants.length; i++) {
			p.priorities[i] = (byte) between(random, 1, 3);
		}
	}

	private void communities(Person p, SplittableRandom random) {
		LocalDate asOf = this.settings.asOf();
		Set<String> held = new HashSet<>();
		for (int skill : p.skills) {
			held.add(this.skills.id(skill));
		}
		for (DemoCatalogue.Community community : DemoCatalogue.COMMUNITIES) {
			if (p.communities.size() == 3) {
				break;
			}
			double chance = 0.05;
			if (p.professions.stream().anyMatch(community.professions()::contains)) {
				chance += 0.15;
			}
			if (community.focus().stream().anyMatch(held::contains)) {
				chance += 0.3;
			}
			if (random.nextDouble() < chance) {
				// Nobody joins before their first affiliation began.
				LocalDate first = p.affiliations.stream().map(Affiliation::from).min(LocalDate::compareTo).orElse(asOf);
				long span = Math.max(0, asOf.minusDays(30).toEpochDay() - first.toEpochDay());
				LocalDate from = (span == 0) ? first : first.plusDays(random.nextLong(span + 1));
				LocalDate to = null;
				if (random.nextDouble() < 0.15) {
					to = from.plusDays(between(random, 60, 700));
					if (!to.isBefore(asOf)) {
						to = null;
					}
				}
				p.communities.add(new Membership(community, from, to));
			}
		}
	}

	/** One person: who they are, where they work, what they hold and want. */
	static final class Person {

		int index;

		String id;

		String name;

		/** The career stage's rank, 0 (student) to 4 (senior). */
		int stage;

		final List<Profession> professions = new ArrayList<>(2);

		final List<Affiliation> affiliations = new ArrayList<>(2);

		final List<Membership> communities = new ArrayList<>(2);

		String email;

		String bio;

		Integer startedPracticeYear;

		/**
		 * Skills held (catalogue indices), with their levels and whether the person
		 * teaches them.
		 */
		int[] skills;

		byte[] levels;

		boolean[] canTeach;

		/** Skills wanted (catalogue indices), with their priorities. */
		int[] wants;

		byte[] priorities;

		int capacity;

		/** Null for the default (the whole network). */
		Visibility visibility;

		CareerStage careerStage() {
			return CareerStage.values()[this.stage];
		}

	}

	record Affiliation(DemoCatalogue.Institution institution, String role, LocalDate from, LocalDate to) {
	}

	record Membership(DemoCatalogue.Community community, LocalDate from, LocalDate to) {
	}

}

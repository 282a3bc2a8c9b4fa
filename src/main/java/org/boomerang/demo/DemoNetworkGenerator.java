package org.boomerang.demo;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.boomerang.importing.EscoConcept;
import org.boomerang.importing.EscoDocument;
import org.boomerang.importing.EscoTaxonomy;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a realistic network for health-professions education as an import document
 * ({@code boomerang-import/1}), deterministically: the same settings (seed and "as of"
 * date included) give the same document, byte for byte. People hold local skills and
 * skills of the ESCO taxonomy given; digital skills lean junior, clinical, teaching,
 * research and leadership skills lean senior; mentorships (some reverse, some reciprocal,
 * some ended) and transfers of the last 18 months follow from what people want to learn
 * and who can teach it. The document is written as a stream, so large networks (100,000
 * people) need memory for a compact model of the people only, not for the document.
 */
public final class DemoNetworkGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private static final double[] STAGE_WEIGHTS = { 0.12, 0.25, 0.20, 0.28, 0.15 };

	private static final String[] STAGES = { "STUDENT", "EARLY_CAREER", "TRAINEE", "SPECIALIST", "SENIOR" };

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

	private final EscoTaxonomy esco;

	private final Settings settings;

	private final LocalDate windowStart;

	// The skill catalogue: local skills first, then ESCO skills (not groups).
	private final List<String> skillIds = new ArrayList<>();

	private final List<String> skillNames = new ArrayList<>();

	private final List<SkillArea> skillAreas = new ArrayList<>();

	private final Map<SkillArea, int[]> localPool = new EnumMap<>(SkillArea.class);

	private final Map<SkillArea, int[]> escoPool = new EnumMap<>(SkillArea.class);

	private final Map<Profession, int[]> localClinical = new EnumMap<>(Profession.class);

	private final Map<Profession, int[]> escoClinical = new EnumMap<>(Profession.class);

	private final Map<String, String> escoByLabel = new HashMap<>();

	/**
	 * What to generate.
	 *
	 * @param people the number of people
	 * @param seed the seed of every random choice
	 * @param asOf the date the network is "as of": transfers fall in the 18 months before
	 * it; must not be in the future
	 * @param transfersPerPerson transfers to generate, on average per person
	 * @param skillsPerPerson skills each person holds, on average
	 * @param includeEscoSkills whether the document carries the ESCO skills themselves (a
	 * self-contained document) or expects them in the graph already
	 */
	public record Settings(int people, long seed, LocalDate asOf, int transfersPerPerson, int skillsPerPerson,
			boolean includeEscoSkills) {

		public Settings {
			if (people < 1) {
				throw new IllegalArgumentException("people must be at least 1, not " + people);
			}
			if (transfersPerPerson < 0 || skillsPerPerson < 1) {
				throw new IllegalArgumentException("transfers per person must be 0 or more and skills per person 1 or"
						+ " more, not " + transfersPerPerson + " and " + skillsPerPerson);
			}
			if (asOf == null || asOf.isAfter(LocalDate.now())) {
				throw new IllegalArgumentException(
						"the 'as of' date must be given and not be in the future (transfers record the past): " + asOf);
			}
		}

		/**
		 * The settings of the demo network the service loads.
		 * @param people number of people
		 * @param seed the seed
		 * @param asOf the "as of" date
		 * @return settings with 3 transfers and 10 skills per person, the ESCO skills
		 * included
		 */
		public static Settings demo(int people, long seed, LocalDate asOf) {
			return new Settings(people, seed, asOf, 3, 10, true);
		}

	}

	/**
	 * What was generated.
	 *
	 * @param people people written
	 * @param skills skills written (local, plus ESCO when included)
	 * @param hasSkill skills held, over all people
	 * @param wantsToLearn wishes to learn, over all people
	 * @param mentorships mentorships written
	 * @param transfers transfers written
	 */
	public record Summary(int people, int skills, long hasSkill, long wantsToLearn, int mentorships, long transfers) {
	}

	/**
	 * Prepares a generator.
	 * @param esco the ESCO skills people may hold besides the local ones (the shipped
	 * subset, or all of ESCO for benchmarks)
	 * @param settings what to generate
	 */
	public DemoNetworkGenerator(EscoTaxonomy esco, Settings settings) {
		this.esco = esco;
		this.settings = settings;
		this.windowStart = settings.asOf().minusMonths(18);
		buildCatalogue();
	}

	/**
	 * Generates the document in memory; for networks of demo size.
	 * @return the document as UTF-8 JSON
	 */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		write(out);
		return out.toByteArray();
	}

	/**
	 * Generates the document onto a stream (left open).
	 * @param out where to write the JSON
	 * @return what was written
	 */
	public Summary write(OutputStream out) {
		SplittableRandom root = new SplittableRandom(this.settings.seed());
		SplittableRandom peopleRandom = root.split();
		SplittableRandom mentoringRandom = root.split();
		SplittableRandom transferRandom = root.split();
		List<Person> people = new ArrayList<>(this.settings.people());
		for (int i = 0; i < this.settings.people(); i++) {
			people.add(person(i, peopleRandom));
		}
		int[][] teachers = teachersBySkill(people);
		List<Mentorship> mentorships = mentorships(people, teachers, mentoringRandom);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			json.writeStartObject();
			json.writeStringProperty("format", "boomerang-import/1");
			writeInstitutions(json);
			writeProfessions(json);
			int skills = writeSkills(json);
			writeCommunities(json);
			long[] held = writePeople(json, people);
			writeMentorships(json, people, mentorships);
			long transfers = writeTransfers(json, people, mentorships, teachers, transferRandom);
			json.writeEndObject();
			return new Summary(people.size(), skills, held[0], held[1], mentorships.size(), transfers);
		}
	}

	// --- the skill catalogue

	private void buildCatalogue() {
		for (EscoConcept concept : this.esco.concepts()) {
			this.escoByLabel.putIfAbsent(concept.name().toLowerCase(Locale.ROOT), concept.uri());
		}
		Map<SkillArea, List<Integer>> local = new EnumMap<>(SkillArea.class);
		Map<SkillArea, List<Integer>> escoSkills = new EnumMap<>(SkillArea.class);
		Map<Profession, List<Integer>> localOwn = new EnumMap<>(Profession.class);
		Map<Profession, List<Integer>> escoOwn = new EnumMap<>(Profession.class);
		for (LocalSkill skill : LocalSkills.ALL) {
			int index = addSkill(skill.id(), skill.name(), skill.area());
			local.computeIfAbsent(skill.area(), (a) -> new ArrayList<>()).add(index);
			if (skill.area() == SkillArea.CLINICAL) {
				for (Profession profession : Profession.values()) {
					if (profession.clinical()
							&& (skill.professions().isEmpty() || skill.professions().contains(profession))) {
						localOwn.computeIfAbsent(profession, (p) -> new ArrayList<>()).add(index);
					}
				}
			}
		}
		for (EscoConcept concept : this.esco.concepts()) {
			if (concept.group() || concept.name().isBlank()) {
				continue;
			}
			SkillArea area = SkillArea.ofLabel(concept.name());
			int index = addSkill(concept.uri(), concept.name(), area);
			escoSkills.computeIfAbsent(area, (a) -> new ArrayList<>()).add(index);
			if (area == SkillArea.CLINICAL) {
				for (Profession profession : Profession.values()) {
					if (profession.practises(concept.name())) {
						escoOwn.computeIfAbsent(profession, (p) -> new ArrayList<>()).add(index);
					}
				}
			}
		}
		for (SkillArea area : SkillArea.values()) {
			this.localPool.put(area, ints(local.get(area)));
			this.escoPool.put(area, ints(escoSkills.get(area)));
		}
		for (Profession profession : Profession.values()) {
			this.localClinical.put(profession, ints(localOwn.get(profession)));
			this.escoClinical.put(profession, ints(escoOwn.get(profession)));
		}
	}

	private int addSkill(String id, String name, SkillArea area) {
		this.skillIds.add(id);
		this.skillNames.add(name);
		this.skillAreas.add(area);
		return this.skillIds.size() - 1;
	}

	/** The area of a skill of the catalogue, by id; for tests. */
	SkillArea area(String skillId) {
		int index = this.skillIds.indexOf(skillId);
		return (index < 0) ? null : this.skillAreas.get(index);
	}

	private static int[] ints(List<Integer> list) {
		return (list == null) ? new int[0] : list.stream().mapToInt(Integer::intValue).toArray();
	}

	// --- people

	private Person person(int index, SplittableRandom random) {
		Person p = new Person();
		p.index = index;
		p.id = String.format("person:%06d", index + 1);
		p.stage = (index < STAGES.length) ? index : pick(random, STAGE_WEIGHTS);
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
			.anyMatch((a) -> a.to == null && a.institution.kind().name().equals("UNIVERSITY"));
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
					+ p.affiliations.get(p.affiliations.size() - 1).institution.domain();
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
		p.visibility = (visibility < 0.92) ? null : (visibility < 0.98) ? "INSTITUTION" : "PRIVATE";
		communities(p, random);
		if (random.nextDouble() < 0.5 && p.wants.length > 0) {
			Affiliation current = p.affiliations.get(p.affiliations.size() - 1);
			p.bio = current.role + " at " + current.institution.name() + ". Keen to learn "
					+ this.skillNames.get(p.wants[0]).toLowerCase(Locale.ROOT) + ".";
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
			home = (random.nextDouble() < 0.6) ? institution("inst:kestrel-institute") : university(random);
		}
		else {
			home = clinicalSite(random);
		}
		if (p.stage >= 2 && random.nextDouble() < 0.25) {
			DemoCatalogue.Institution before = (home.kind().name().equals("UNIVERSITY")) ? university(random)
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
			p.affiliations.add(new Affiliation(institution("inst:kestrel-institute"), "Clinician researcher",
					asOf.minusDays(between(random, 200, 4000)), null));
		}
		else if (main == Profession.MEDICINE && p.stage == 2 && random.nextDouble() < 0.15) {
			p.affiliations.add(new Affiliation(institution("inst:kestrel-institute"), "PhD candidate",
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
			int skill = drawSkill(area, p.professions.get(0), random);
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

	private int drawSkill(SkillArea area, Profession profession, SplittableRandom random) {
		boolean local = random.nextDouble() < 0.5;
		int[] pool;
		if (area == SkillArea.CLINICAL && profession.clinical()) {
			pool = local ? this.localClinical.get(profession)
					: (random.nextDouble() < 0.7 && this.escoClinical.get(profession).length > 0)
							? this.escoClinical.get(profession) : this.escoPool.get(area);
		}
		else {
			pool = local ? this.localPool.get(area) : this.escoPool.get(area);
		}
		if (pool.length == 0) {
			pool = local ? this.escoPool.get(area) : this.localPool.get(area);
		}
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
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
			int skill = (random.nextDouble() < 0.8) ? localDraw(area, p.professions.get(0), random)
					: drawSkill(area, p.professions.get(0), random);
			if (skill >= 0 && !strong.contains(skill) && !wants.contains(skill)) {
				wants.add(skill);
			}
		}
		p.wants = ints(wants);
		p.priorities = new byte[p.wants.length];
		for (int i = 0; i < p.wants.length; i++) {
			p.priorities[i] = (byte) between(random, 1, 3);
		}
	}

	private int localDraw(SkillArea area, Profession profession, SplittableRandom random) {
		int[] pool = (area == SkillArea.CLINICAL && profession.clinical()) ? this.localClinical.get(profession)
				: this.localPool.get(area);
		return (pool.length == 0) ? -1 : pool[random.nextInt(pool.length)];
	}

	private void communities(Person p, SplittableRandom random) {
		LocalDate asOf = this.settings.asOf();
		Set<String> held = new HashSet<>();
		for (int skill : p.skills) {
			held.add(this.skillIds.get(skill));
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

	// --- mentoring

	private int[][] teachersBySkill(List<Person> people) {
		int[] counts = new int[this.skillIds.size()];
		for (Person p : people) {
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
		for (Person p : people) {
			for (int i = 0; i < p.skills.length; i++) {
				if (p.canTeach[i]) {
					teachers[p.skills[i]][counts[p.skills[i]]++] = p.index;
				}
			}
		}
		return teachers;
	}

	private List<Mentorship> mentorships(List<Person> people, int[][] teachers, SplittableRandom random) {
		LocalDate asOf = this.settings.asOf();
		int target = (int) Math.round(people.size() * 0.3);
		List<Mentorship> mentorships = new ArrayList<>(target);
		Set<Long> pairs = new HashSet<>();
		int[] active = new int[people.size()];
		for (int attempt = 0; attempt < target * 20 && mentorships.size() < target; attempt++) {
			Person mentee = people.get(random.nextInt(people.size()));
			if (mentee.wants.length == 0) {
				continue;
			}
			int skill = mentee.wants[random.nextInt(mentee.wants.length)];
			int[] candidates = teachers[skill];
			if (candidates.length == 0) {
				continue;
			}
			boolean ended = random.nextDouble() < 0.3;
			Person mentor = null;
			for (int tries = 0; tries < 6 && mentor == null; tries++) {
				Person candidate = people.get(candidates[random.nextInt(candidates.length)]);
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
			m.assigned = random.nextDouble() < 0.4;
			if (m.assigned) {
				m.program = DemoCatalogue.PROGRAMS[random.nextInt(DemoCatalogue.PROGRAMS.length)];
			}
			m.goals = "Build confidence in " + this.skillNames.get(skill).toLowerCase(Locale.ROOT) + ((m.back >= 0)
					? ", and share " + this.skillNames.get(m.back).toLowerCase(Locale.ROOT) + " in return." : ".");
			mentorships.add(m);
		}
		return mentorships;
	}

	private static int teachable(Person p, SplittableRandom random) {
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
	private static int backSkill(Person mentee, Person mentor, SplittableRandom random) {
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

	// --- writing

	private void writeInstitutions(JsonGenerator json) {
		json.writeArrayPropertyStart("institutions");
		for (DemoCatalogue.Institution institution : DemoCatalogue.INSTITUTIONS) {
			json.writeStartObject();
			json.writeStringProperty("id", institution.id());
			json.writeStringProperty("name", institution.name());
			json.writeStringProperty("kind", institution.kind().name());
			json.writeStringProperty("location", institution.location());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void writeProfessions(JsonGenerator json) {
		json.writeArrayPropertyStart("professions");
		for (Profession profession : Profession.values()) {
			json.writeStartObject();
			json.writeStringProperty("id", profession.id());
			json.writeStringProperty("name", profession.label());
			if (profession.escoOccupation() != null) {
				json.writeStringProperty("escoOccupation", profession.escoOccupation());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private int writeSkills(JsonGenerator json) {
		json.writeArrayPropertyStart("skills");
		int written = 0;
		if (this.settings.includeEscoSkills()) {
			for (var skill : EscoDocument.convert(this.esco).skills()) {
				json.writeTree(skill);
				written++;
			}
		}
		for (LocalSkill skill : LocalSkills.ALL) {
			json.writeStartObject();
			json.writeStringProperty("id", skill.id());
			json.writeStringProperty("name", skill.name());
			strings(json, "aliases", skill.aliases());
			json.writeStringProperty("description", skill.description());
			List<String> broader = new ArrayList<>(skill.broader());
			for (String label : skill.escoLabels()) {
				String uri = this.escoByLabel.get(label.toLowerCase(Locale.ROOT));
				if (uri != null && !broader.contains(uri)) {
					broader.add(uri);
				}
			}
			if (!broader.isEmpty()) {
				strings(json, "broader", broader);
			}
			json.writeEndObject();
			written++;
		}
		json.writeEndArray();
		return written;
	}

	private void writeCommunities(JsonGenerator json) {
		json.writeArrayPropertyStart("communities");
		for (DemoCatalogue.Community community : DemoCatalogue.COMMUNITIES) {
			json.writeStartObject();
			json.writeStringProperty("id", community.id());
			json.writeStringProperty("name", community.name());
			json.writeStringProperty("description", community.description());
			strings(json, "focus", community.focus());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private long[] writePeople(JsonGenerator json, List<Person> people) {
		long hasSkill = 0;
		long wants = 0;
		json.writeArrayPropertyStart("people");
		for (Person p : people) {
			json.writeStartObject();
			json.writeStringProperty("id", p.id);
			json.writeStringProperty("name", p.name);
			json.writeStringProperty("careerStage", STAGES[p.stage]);
			if (p.email != null) {
				json.writeStringProperty("email", p.email);
			}
			if (p.bio != null) {
				json.writeStringProperty("bio", p.bio);
			}
			if (p.startedPracticeYear != null) {
				json.writeNumberProperty("startedPracticeYear", p.startedPracticeYear);
			}
			strings(json, "professions", p.professions.stream().map(Profession::id).toList());
			json.writeArrayPropertyStart("affiliations");
			for (Affiliation a : p.affiliations) {
				json.writeStartObject();
				json.writeStringProperty("institution", a.institution.id());
				json.writeStringProperty("role", a.role);
				json.writeStringProperty("from", a.from.toString());
				if (a.to != null) {
					json.writeStringProperty("to", a.to.toString());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("communities");
			for (Membership m : p.communities) {
				json.writeStartObject();
				json.writeStringProperty("community", m.community.id());
				json.writeStringProperty("from", m.from.toString());
				if (m.to != null) {
					json.writeStringProperty("to", m.to.toString());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayPropertyStart("skills");
			for (int i = 0; i < p.skills.length; i++) {
				json.writeStartObject();
				json.writeStringProperty("skill", this.skillIds.get(p.skills[i]));
				json.writeNumberProperty("level", p.levels[i]);
				json.writeBooleanProperty("canTeach", p.canTeach[i]);
				json.writeEndObject();
			}
			json.writeEndArray();
			hasSkill += p.skills.length;
			json.writeArrayPropertyStart("wantsToLearn");
			for (int i = 0; i < p.wants.length; i++) {
				json.writeStartObject();
				json.writeStringProperty("skill", this.skillIds.get(p.wants[i]));
				json.writeNumberProperty("priority", p.priorities[i]);
				json.writeEndObject();
			}
			json.writeEndArray();
			wants += p.wants.length;
			json.writeNumberProperty("mentoringCapacity", p.capacity);
			if (p.visibility != null) {
				json.writeStringProperty("visibility", p.visibility);
			}
			json.writeEndObject();
		}
		json.writeEndArray();
		return new long[] { hasSkill, wants };
	}

	private void writeMentorships(JsonGenerator json, List<Person> people, List<Mentorship> mentorships) {
		json.writeArrayPropertyStart("mentorships");
		for (Mentorship m : mentorships) {
			json.writeStartObject();
			json.writeStringProperty("id", m.id);
			json.writeStringProperty("mentor", people.get(m.mentor).id);
			json.writeStringProperty("mentee", people.get(m.mentee).id);
			strings(json, "skills", m.skills.stream().map(this.skillIds::get).toList());
			json.writeStringProperty("startedOn", m.startedOn.toString());
			if (m.endedOn != null) {
				json.writeStringProperty("endedOn", m.endedOn.toString());
			}
			json.writeStringProperty("origin", m.assigned ? "ASSIGNED" : "SELF_IDENTIFIED");
			if (m.program != null) {
				json.writeStringProperty("program", m.program);
			}
			json.writeStringProperty("goals", m.goals);
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private long writeTransfers(JsonGenerator json, List<Person> people, List<Mentorship> mentorships, int[][] teachers,
			SplittableRandom random) {
		LocalDate asOf = this.settings.asOf();
		long target = (long) this.settings.transfersPerPerson() * people.size();
		double perMentorship = mentorships.isEmpty() ? 0 : 0.7 * target / mentorships.size();
		long written = 0;
		json.writeArrayPropertyStart("transfers");
		for (Mentorship m : mentorships) {
			LocalDate lo = m.startedOn.isBefore(this.windowStart) ? this.windowStart : m.startedOn;
			LocalDate hi = (m.endedOn != null) ? m.endedOn : asOf;
			if (hi.isBefore(lo) || target == 0) {
				continue;
			}
			int count = Math.max(1, (int) Math.round(perMentorship * (0.5 + random.nextDouble())));
			for (int k = 0; k < count; k++) {
				boolean back = m.back >= 0 && (k == 1 || random.nextDouble() < 0.3);
				Person from = people.get(back ? m.mentee : m.mentor);
				Person to = people.get(back ? m.mentor : m.mentee);
				int skill = back ? m.back : m.skills.get(random.nextInt(m.forward));
				written++;
				writeTransfer(json, written, from, to, skill, date(random, lo, hi), m.id, format(random),
						5 * between(random, 4, 18), random);
			}
		}
		long consults = Math.max(0, target - written);
		for (long attempt = 0; attempt < consults * 10 && consults > 0; attempt++) {
			Person learner = people.get(random.nextInt(people.size()));
			if (learner.wants.length == 0) {
				continue;
			}
			int skill = learner.wants[random.nextInt(learner.wants.length)];
			int[] candidates = teachers[skill];
			if (candidates.length == 0) {
				continue;
			}
			Person teacher = people.get(candidates[random.nextInt(candidates.length)]);
			if (teacher == learner) {
				continue;
			}
			written++;
			writeTransfer(json, written, teacher, learner, skill, date(random, this.windowStart, asOf), null, "CONSULT",
					5 * between(random, 2, 6), random);
			if (--consults == 0) {
				break;
			}
		}
		json.writeEndArray();
		return written;
	}

	private void writeTransfer(JsonGenerator json, long number, Person from, Person to, int skill, LocalDate on,
			String mentorship, String format, int minutes, SplittableRandom random) {
		json.writeStartObject();
		json.writeStringProperty("id", String.format("transfer:%07d", number));
		json.writeStringProperty("from", from.id);
		json.writeStringProperty("to", to.id);
		json.writeStringProperty("skill", this.skillIds.get(skill));
		json.writeStringProperty("on", on.toString());
		if (mentorship != null) {
			json.writeStringProperty("mentorship", mentorship);
		}
		json.writeStringProperty("format", format);
		json.writeNumberProperty("minutes", minutes);
		if (random.nextDouble() < 0.85) {
			int rating = 1 + pick(random, new double[] { 0.03, 0.05, 0.17, 0.40, 0.35 });
			boolean confirmed = random.nextDouble() < ((rating <= 2) ? 0.2 : 0.8);
			json.writeObjectPropertyStart("outcome");
			json.writeNumberProperty("rating", rating);
			json.writeBooleanProperty("learnerConfirmed", confirmed);
			if (rating <= 2) {
				json.writeStringProperty("notes", "Session did not meet the learner's needs.");
			}
			json.writeEndObject();
		}
		json.writeEndObject();
	}

	private static String format(SplittableRandom random) {
		double r = random.nextDouble();
		return (r < 0.6) ? "ONE_TO_ONE" : (r < 0.85) ? "ONLINE" : (r < 0.93) ? "GROUP_SESSION" : "WORKSHOP";
	}

	private static LocalDate date(SplittableRandom random, LocalDate lo, LocalDate hi) {
		long days = hi.toEpochDay() - lo.toEpochDay();
		return (days <= 0) ? lo : lo.plusDays(random.nextLong(days + 1));
	}

	private static void strings(JsonGenerator json, String name, List<String> values) {
		json.writeArrayPropertyStart(name);
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static int between(SplittableRandom random, int min, int max) {
		return (max <= min) ? min : min + random.nextInt(max - min + 1);
	}

	private static int pick(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double w : weights) {
			total += w;
		}
		double r = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	// --- the compact model

	private static final class Person {

		int index;

		String id;

		String name;

		int stage;

		final List<Profession> professions = new ArrayList<>(2);

		final List<Affiliation> affiliations = new ArrayList<>(2);

		final List<Membership> communities = new ArrayList<>(2);

		String email;

		String bio;

		Integer startedPracticeYear;

		int[] skills;

		byte[] levels;

		boolean[] canTeach;

		int[] wants;

		byte[] priorities;

		int capacity;

		String visibility;

	}

	private record Affiliation(DemoCatalogue.Institution institution, String role, LocalDate from, LocalDate to) {
	}

	private record Membership(DemoCatalogue.Community community, LocalDate from, LocalDate to) {
	}

	private static final class Mentorship {

		String id;

		int mentor;

		int mentee;

		final List<Integer> skills = new ArrayList<>(3);

		int forward;

		int back = -1;

		LocalDate startedOn;

		LocalDate endedOn;

		boolean assigned;

		String program;

		String goals;

	}

}

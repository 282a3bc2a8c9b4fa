package org.boomerang.demo;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.boomerang.importing.EscoTaxonomy;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates a realistic network for health-professions education as an import document
 * ({@code boomerang-import/1}), deterministically: the same settings (seed and "as of"
 * date included) give the same document, byte for byte. Who exists and what they did is
 * drawn by {@link Population} and {@link MentoringHistory} from the skills of the
 * {@link SkillCatalogue} (local skills and the ESCO taxonomy given);
 * {@link DocumentWriter} streams the document, so large networks (100,000 people) need
 * memory for a compact model of the people only, not for the document.
 */
public final class DemoNetworkGenerator {

	private static final JsonMapper JSON = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private final Settings settings;

	private final SkillCatalogue skills;

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
		this.settings = settings;
		this.skills = new SkillCatalogue(esco);
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
		List<Population.Person> people = new Population(this.skills, this.settings).people(peopleRandom);
		MentoringHistory history = new MentoringHistory(this.skills, this.settings, people);
		List<MentoringHistory.Mentorship> mentorships = history.mentorships(mentoringRandom);
		try (JsonGenerator json = JSON.createGenerator(out)) {
			DocumentWriter document = new DocumentWriter(json, this.skills);
			document.start();
			document.institutions();
			document.professions();
			int skills = document.skills(this.settings.includeEscoSkills());
			document.communities();
			long[] held = document.people(people);
			document.mentorships(people, mentorships);
			document.startTransfers();
			long transfers = history.transfers(mentorships, transferRandom, document::transfer);
			document.endTransfers();
			document.end();
			return new Summary(people.size(), skills, held[0], held[1], mentorships.size(), transfers);
		}
	}

	/** The area of a skill of the catalogue, by id; for tests. */
	SkillArea area(String skillId) {
		return this.skills.area(skillId);
	}

	/** The professions a skill of the catalogue fits, by id; for tests. */
	Set<Profession> fits(String skillId) {
		return this.skills.fits(skillId);
	}

}

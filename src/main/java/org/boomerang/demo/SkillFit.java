package org.boomerang.demo;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.boomerang.importing.EscoConcept;

/**
 * Which professions of the demo network a skill fits, so that everybody holds skills of
 * their own work: a nurse draws nursing and general clinical skills, teaching, research,
 * leadership and digital skills that belong to health-professions education, and ESCO's
 * transversal skills, but never "implement dive plans" or "levels of software testing".
 * <p>
 * The ESCO export carries no occupation-to-skill relations and, below its top codes, no
 * skill-group hierarchy outside the transversal skills, so the parts of ESCO that fit a
 * profession are read from ESCO's reuse level and from the words of a skill's preferred
 * label, in this order:
 * <ol>
 * <li>a transversal skill (ESCO's reuse level {@code transversal}) fits everyone;</li>
 * <li>a skill of an unrelated trade ({@link #UNRELATED}, in its label or description)
 * fits nobody;</li>
 * <li>a skill whose label names a profession's own practice
 * ({@link Profession#practises}) fits those professions, or only those it names
 * ({@link #NAMED}) when it names any;</li>
 * <li>a skill whose label names health care in general ({@link #HEALTH}) fits the
 * clinical professions, and everyone when it is also a teaching, research, leadership or
 * digital skill of health-professions education ({@link #GENERIC});</li>
 * <li>a teaching, research, leadership or digital skill of health-professions education
 * fits everyone, except teaching a subject outside health ("teach mathematics");</li>
 * <li>anything else fits nobody.</li>
 * </ol>
 * Local skills fit the professions they name, or everyone (clinical ones: every clinical
 * profession).
 */
final class SkillFit {

	/** Words of trades and settings outside health-professions education. */
	static final Pattern UNRELATED = words("animals?\\b|veterinar|livestock|horses?\\b|dogs?\\b|cattle|pigs?\\b|fish"
			+ "|crops?\\b|plants?\\b|grapes?\\b|vehicles?\\b|aircraft|aviation|airport|aerodrome|air traffic|ships?\\b"
			+ "|vessels?\\b|maritime|marine|port operations|wines?\\b|beer|mining|drilling|oil\\b|gas\\b|railways?"
			+ "|rail\\b|music|danc|theatre|theater|circus|sports?\\b|casino|gambling|jewel|textiles?|leather|weapons?"
			+ "|military|police|prisons?|correctional|tobacco|furniture|cosmetic|hair|beauty|fashion|merchandising"
			+ "|touris|hospitality|forestry|landscape|meteorolog|geolog|geochemi|seismic|satellite|space\\b|astrolog"
			+ "|astronom|observatory|dating|costume|cast and crew|fight|sculpture|photograph|antiques|fragrance"
			+ "|cooking|kitchen|diving|dive\\b|scuba|perform(ance|er)s?\\b|artistic|art studies|wildlife|fire safety"
			+ "|road safety|parent|pre-school|kindergarten|primary school|primary education|secondary school|school"
			+ "|special needs|montessori|freinet|steiner|ESOL|braille|library|museum|archeolog|archaeolog"
			+ "|legal research|law\\b|court|insurance|bank|financial|sales|selling|sell\\b|marketing|retail"
			+ "|customers?\\b|warehouse|logistics|freight|pipeline|construction|engineering|manufactur|industrial"
			+ "|machine|molding|moulding|electrical|aquaculture|agricultur|farm|games?\\b|gaming|climate|fruit|waste"
			+ "|water management|interior design|brand|production|nature|outdoor|ecolog|flora|genome|wind farms"
			+ "|energy|radio\\b|broadcast|film|motion picture|graphic|printing|publishing industry|media industry"
			+ "|news|information security|sanskrit|latin\\b|underground|restore art|food|call quality|call cent"
			+ "|business research");

	/** Words of health care in general, beyond any one profession. */
	static final Pattern HEALTH = words("health\\w*|patients?\\b|healthcare users?|clinical|clinic\\b|medical|hospital"
			+ "|infection|first aid|resuscitat|pain\\b|illness|injur|rehabilitat|therap|mental|emergency care"
			+ "|safeguard|hygiene|nutrition|epidemiolog|biomedical");

	/**
	 * Per area, the words of its skills that belong to health-professions education in
	 * any profession (for clinical and general skills, none: those need health words).
	 */
	static final Map<SkillArea, Pattern> GENERIC = new EnumMap<>(SkillArea.class);

	static {
		GENERIC.put(SkillArea.TEACHING, words("teaching|teach (others|adults)|pedagog|curricul|learners?\\b"
				+ "|students?\\b|education\\w*|e-learning|feedback|mentor|coach|tutor|lectur|instruct(ional|ion)? design"
				+ "|instruct others|training|train (staff|employees)|learning|lesson|examinations?\\b|assessments?\\b"
				+ "|assess students"));
		GENERIC.put(SkillArea.RESEARCH, words("scientific|statistic|qualitative|quantitative|literature research"
				+ "|scholarly|research (methods?|methodology|proposals?|protocols?|interviews?|process|topics"
				+ "|activities|ethics|projects?|data)|conduct (qualitative|quantitative|literature|scholarly"
				+ "|health related|scientific) research|grant applications?|find grants|academic|publications?\\b"
				+ "|bioethics|ethics\\b|epidemiolog|evidence-based|systematic review"));
		GENERIC.put(SkillArea.LEADERSHIP, words("leadership|lead (a team|others|teams|change)"
				+ "|manage (a team|staff|personnel)|supervise (staff|team|people|others)|change management|strateg"
				+ "|delegat|quality (assurance|standards|improvement|management)|budgets?|governance"
				+ "|team (building|work)|teamwork|organisational|organizational"));
		GENERIC.put(SkillArea.DIGITAL, words("e-learning|online (training|teaching|courses?|communication"
				+ "|collaboration|tools|research|content)|digital (health|literacy|educational|content|competenc\\w*"
				+ "|tools|learning|technolog\\w*)|social media|video (editing|production)|perform video editing"
				+ "|audio editing|multimedia|presentation software|office software|spreadsheets?|word processing"
				+ "|search databases|statistical (analysis|software)|data analysis|analy[sz]e\\s+(scientific )?data"
				+ "|informatics|internet research|learning technolog|authoring software|creative suite|telehealth"
				+ "|telemedicine|e-health|electronic health|health records"));
	}

	/**
	 * Per clinical profession, the words that name it: a skill naming a profession
	 * ("prescribe tests for physiotherapy") is that profession's, even when its other
	 * words belong to another one too.
	 */
	static final Map<Profession, Pattern> NAMED = new EnumMap<>(Profession.class);

	static {
		NAMED.put(Profession.MEDICINE, words("medicine\\b|physicians?"));
		NAMED.put(Profession.NURSING, words("nurs|midwi"));
		NAMED.put(Profession.PHYSIOTHERAPY, words("physiotherap|physical therap"));
		NAMED.put(Profession.PHARMACY, words("pharmac"));
		NAMED.put(Profession.SPEECH_PATHOLOGY, words("speech|language therap"));
		NAMED.put(Profession.DENTISTRY, words("dental|dentist"));
		NAMED.put(Profession.OCCUPATIONAL_THERAPY, words("occupational therap"));
	}

	private static final Pattern TEACH_A_SUBJECT = Pattern.compile("^teach\\b", Pattern.CASE_INSENSITIVE);

	private static final Set<Profession> EVERYONE = EnumSet.allOf(Profession.class);

	private static final Set<Profession> CLINICAL = EnumSet.noneOf(Profession.class);

	static {
		for (Profession profession : Profession.values()) {
			if (profession.clinical()) {
				CLINICAL.add(profession);
			}
		}
	}

	private SkillFit() {
	}

	/**
	 * The professions an ESCO skill fits.
	 * @param concept the skill
	 * @param area its area
	 * @return the professions, empty when it fits none
	 */
	static Set<Profession> of(EscoConcept concept, SkillArea area) {
		String label = concept.name();
		String text = label + " " + ((concept.description() != null) ? concept.description() : "");
		if (UNRELATED.matcher(text).find()) {
			return Set.of();
		}
		if ("transversal".equals(concept.reuseLevel().toLowerCase(Locale.ROOT))) {
			return EVERYONE;
		}
		Set<Profession> own = EnumSet.noneOf(Profession.class);
		for (Profession profession : Profession.values()) {
			if (profession.practises(label)) {
				own.add(profession);
			}
		}
		if (!own.isEmpty()) {
			Set<Profession> named = EnumSet.noneOf(Profession.class);
			NAMED.forEach((profession, words) -> {
				if (words.matcher(label).find()) {
					named.add(profession);
				}
			});
			return named.isEmpty() ? own : named;
		}
		boolean generic = GENERIC.containsKey(area) && GENERIC.get(area).matcher(label).find();
		if (HEALTH.matcher(label).find()) {
			return generic ? EVERYONE : CLINICAL;
		}
		return (generic && !TEACH_A_SUBJECT.matcher(label).find()) ? EVERYONE : Set.of();
	}

	/**
	 * The professions a local skill fits.
	 * @param skill the skill
	 * @return those it names, else every clinical profession for a clinical skill and
	 * everyone for any other
	 */
	static Set<Profession> of(LocalSkill skill) {
		if (!skill.professions().isEmpty()) {
			return skill.professions();
		}
		return (skill.area() == SkillArea.CLINICAL) ? CLINICAL : EVERYONE;
	}

	/** Whether a skill fitting these professions fits everyone. */
	static boolean everyone(Set<Profession> professions) {
		return professions.size() == EVERYONE.size();
	}

	private static Pattern words(String alternatives) {
		return Pattern.compile("\\b(" + alternatives + ")", Pattern.CASE_INSENSITIVE);
	}

}

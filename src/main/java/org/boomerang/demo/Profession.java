package org.boomerang.demo;

import java.util.regex.Pattern;

/**
 * The professions of the demo network, with the ESCO occupations that correspond to them
 * (looked up once in {@code occupations_en.csv}) and the words of a skill's label that
 * put it in their own practice (see {@link SkillFit}).
 */
enum Profession {

	MEDICINE("prof:medicine", "Medicine", "http://data.europa.eu/esco/occupation/9b889f07-c39c-464d-b9d9-b2daa650f9ac",
			"medicine\\b|medicines?\\b|medications?\\b|drugs?\\b|physicians?|diagnos|surg|prescri|anatom|paediatr|pediatr|geriatr|obstetric|psychiatr|anaesthe|anesthe"
					+ "|internal medicine|general practice|medical (examination|history|treatment|condition|specialt|genetics)"
					+ "|physical examination|acute illness|disease|disorders?\\b|psycholog|biolog|histolog|virolog|bacteriolog"
					+ "|toxicolog|urolog|nephrolog|rheumatolog|ophthalmolog|otolaryngolog|haematolog|hematolog|cytolog"
					+ "|microbiolog|mycolog|immunolog|neurolog|oncolog|cardio|radiolog|dermatolog|gastroenterolog|endocrin"
					+ "|gynaecolog|gynecolog|patholog|physiolog|perfusion|laboratory|biomedical|genetic",
			new String[] { "Medical student", "Resident medical officer", "Registrar", "Consultant physician",
					"Director of medicine" }),
	NURSING("prof:nursing", "Nursing", "http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50",
			"nurs|midwi|medications?\\b|wounds?\\b|vital signs|care plans?|palliative|bedside|catheter|injections?|personal hygiene"
					+ "|hospitali[sz]ed|home ?care|elderly|aged care",
			new String[] { "Nursing student", "Graduate nurse", "Clinical nurse specialist", "Nurse unit manager",
					"Director of nursing" }),
	PHYSIOTHERAPY("prof:physiotherapy", "Physiotherapy",
			"http://data.europa.eu/esco/occupation/006cc1f9-2841-41c3-991a-dc3f2f3bd533",
			"physiotherap|physical therap|musculoskeletal|exercises?\\b|manual therap|mobility|massage|sports? injur"
					+ "|chiropract|kinesi|gait|posture",
			new String[] { "Physiotherapy student", "Junior physiotherapist", "Senior physiotherapist",
					"Clinical specialist physiotherapist", "Head of physiotherapy" }),
	PHARMACY("prof:pharmacy", "Pharmacy", "http://data.europa.eu/esco/occupation/7c132147-428b-4ea3-87e1-70f7abb691ce",
			"pharmac|dispens|medicines?\\b|medications?\\b|drugs?\\b|prescriptions?|compounding",
			new String[] { "Pharmacy student", "Intern pharmacist", "Clinical pharmacist", "Senior pharmacist",
					"Director of pharmacy" }),
	SPEECH_PATHOLOGY("prof:speech-pathology", "Speech pathology",
			"http://data.europa.eu/esco/occupation/8021f3a2-e3de-43c0-b366-075da74dc5b7",
			"speech|language therap|swallow|dysphagia|communication disorders?|voice|stutter|stammer|aphasia|hearing"
					+ "|audiolog|feeding",
			new String[] { "Speech pathology student", "New graduate speech pathologist", "Speech pathologist",
					"Senior speech pathologist", "Head of speech pathology" }),
	DENTISTRY("prof:dentistry", "Dentistry",
			"http://data.europa.eu/esco/occupation/a580e79a-b752-49c1-b033-b5ab2b34bfba",
			"dental|dentist|denti|oral health|oral care|teeth|tooth|orthodont|periodont|endodont|prosthodont"
					+ "|edentulous|mouth",
			new String[] { "Dental student", "Graduate dentist", "Dental registrar", "Specialist dentist",
					"Director of oral health" }),
	OCCUPATIONAL_THERAPY("prof:occupational-therapy", "Occupational therapy",
			"http://data.europa.eu/esco/occupation/33da5532-8c4e-4d1b-b52e-c201ee1bc7ab",
			"occupational therap|daily living|everyday activities|assistive|disabilit|ergonom|home adaptation"
					+ "|cognitive rehab|autonomy|supportive devices|art therapy",
			new String[] { "Occupational therapy student", "Junior occupational therapist", "Occupational therapist",
					"Senior occupational therapist", "Head of occupational therapy" }),
	EDUCATION("prof:education", "Health professions education",
			"http://data.europa.eu/esco/occupation/b3ebf55f-5e50-4262-946a-f08d7fbe29b2", null,
			new String[] { "Education student", "Associate lecturer", "Lecturer", "Senior lecturer",
					"Professor of health professions education" }),
	// ESCO has no occupation for health research in general (only epidemiologist,
	// research
	// manager and the like), so this profession carries none.
	RESEARCH("prof:research", "Health research", null, null, new String[] { "Research student", "Research assistant",
			"Postdoctoral research fellow", "Senior research fellow", "Research director" });

	private final String id;

	private final String label;

	private final String escoOccupation;

	private final Pattern ownWords;

	private final String[] roles;

	Profession(String id, String label, String escoOccupation, String ownWords, String[] roles) {
		this.id = id;
		this.label = label;
		this.escoOccupation = escoOccupation;
		this.ownWords = (ownWords != null) ? Pattern.compile("\\b(" + ownWords + ")", Pattern.CASE_INSENSITIVE) : null;
		this.roles = roles;
	}

	String id() {
		return this.id;
	}

	String label() {
		return this.label;
	}

	String escoOccupation() {
		return this.escoOccupation;
	}

	/** Whether it is a clinical profession (education and research are not). */
	boolean clinical() {
		return this.ownWords != null;
	}

	/**
	 * Whether a skill's label names this profession's own practice.
	 */
	boolean practises(String skillLabel) {
		return this.ownWords != null && this.ownWords.matcher(skillLabel).find();
	}

	/**
	 * A typical role title at a career stage.
	 * @param stageRank the career stage's rank, 0 (student) to 4 (senior)
	 */
	String role(int stageRank) {
		return this.roles[stageRank];
	}

}

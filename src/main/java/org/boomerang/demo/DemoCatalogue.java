package org.boomerang.demo;

import java.util.List;
import java.util.Set;

import org.boomerang.model.InstitutionKind;

/**
 * The fixed parts of the demo network: its (fictional) institutions and its communities
 * of practice.
 */
final class DemoCatalogue {

	private DemoCatalogue() {
	}

	/**
	 * A fictional institution.
	 */
	record Institution(String id, String name, InstitutionKind kind, String location, String domain) {
	}

	/**
	 * A community of practice, with the skills it focuses on and the professions drawn to
	 * it.
	 */
	record Community(String id, String name, String description, List<String> focus, Set<Profession> professions) {
	}

	static final List<Institution> INSTITUTIONS = List.of(
			new Institution("inst:riverside-general", "Riverside General Hospital", InstitutionKind.HOSPITAL,
					"Riverside", "riverside-health.example"),
			new Institution("inst:st-brigids-childrens", "St Brigid's Children's Hospital", InstitutionKind.HOSPITAL,
					"Northbank", "stbrigids.example"),
			new Institution("inst:northern-districts", "Northern Districts Hospital", InstitutionKind.HOSPITAL,
					"Elmfield", "ndh.example"),
			new Institution("inst:eastbay-rehab", "Eastbay Rehabilitation Hospital", InstitutionKind.HOSPITAL,
					"Eastbay", "eastbay-rehab.example"),
			new Institution("inst:valley-community-health", "Valley Community Health Service",
					InstitutionKind.HEALTH_SERVICE, "Greenvale", "valleyhealth.example"),
			new Institution("inst:westhaven-university", "University of Westhaven", InstitutionKind.UNIVERSITY,
					"Westhaven", "westhaven.example"),
			new Institution("inst:lakeshore-university", "Lakeshore University", InstitutionKind.UNIVERSITY,
					"Lakeshore", "lakeshore.example"),
			new Institution("inst:kestrel-institute", "Kestrel Institute for Health Research",
					InstitutionKind.RESEARCH_INSTITUTE, "Riverside", "kestrel-research.example"));

	static final List<Community> COMMUNITIES = List.of(
			new Community("cop:digital-health-educators", "Digital Health Educators",
					"Clinicians and educators who teach with and about digital tools.",
					List.of("skill:ehr", "skill:telehealth", "skill:elearning"),
					Set.of(Profession.NURSING, Profession.MEDICINE, Profession.EDUCATION)),
			new Community("cop:clinical-teaching-circle", "Clinical Teaching Circle",
					"Supervisors and clinical teachers sharing how they teach at the bedside.",
					List.of("skill:bedside-teaching", "skill:clinical-reasoning", "skill:learner-feedback"),
					Set.of(Profession.MEDICINE, Profession.NURSING, Profession.EDUCATION)),
			new Community("cop:simulation-network", "Simulation Network",
					"Everyone who designs, runs or debriefs simulation across the hospitals and universities.",
					List.of("skill:simulation-teaching", "skill:debriefing"),
					Set.of(Profession.MEDICINE, Profession.NURSING, Profession.EDUCATION)),
			new Community("cop:research-methods", "Research Methods Collective",
					"Clinician-researchers and research staff helping each other with methods and data.",
					List.of("skill:redcap", "skill:systematic-reviews", "skill:r-statistics"),
					Set.of(Profession.RESEARCH, Profession.MEDICINE, Profession.PHARMACY)),
			new Community("cop:rehabilitation-forum", "Interprofessional Rehabilitation Forum",
					"Physiotherapists, occupational therapists and speech pathologists working on rehabilitation.",
					List.of("skill:falls-prevention", "skill:functional-assessment", "skill:dysphagia-management"),
					Set.of(Profession.PHYSIOTHERAPY, Profession.OCCUPATIONAL_THERAPY, Profession.SPEECH_PATHOLOGY)),
			new Community("cop:health-media-makers", "Health Media Makers",
					"Podcasters, video makers and social media educators in health.",
					List.of("skill:podcasting", "skill:social-media-health", "skill:video-production"),
					Set.of(Profession.EDUCATION, Profession.PHYSIOTHERAPY, Profession.SPEECH_PATHOLOGY)),
			new Community("cop:medication-safety", "Medication Safety Network",
					"Pharmacists, nurses and doctors working to prevent medication harm.",
					List.of("skill:medication-safety", "skill:antimicrobial-stewardship"),
					Set.of(Profession.PHARMACY, Profession.NURSING, Profession.MEDICINE)),
			new Community("cop:leadership-exchange", "Leadership Exchange",
					"Current and emerging leaders across professions and institutions.",
					List.of("skill:clinical-leadership", "skill:leading-change", "skill:mentoring-practice"),
					Set.of(Profession.values())),
			new Community("cop:oral-health-collaborative", "Oral Health Collaborative",
					"Dental and aged-care staff improving oral health in the community.",
					List.of("skill:oral-health-aged-care"), Set.of(Profession.DENTISTRY, Profession.NURSING)));

	static final String[] FIRST_NAMES = { "Ana", "Malcolm", "Lin", "Sofia", "Amara", "Tom", "Priya", "Kofi", "Mei",
			"Lucas", "Fatima", "Noah", "Aroha", "Ibrahim", "Chloe", "Mateo", "Hana", "Oliver", "Zainab", "Liam", "Yuki",
			"Isla", "Ravi", "Grace", "Tariq", "Ella", "Kwame", "Sienna", "Arjun", "Maya", "Daniel", "Leila", "Ethan",
			"Nadia", "Samuel", "Ines", "Kai", "Ruby", "Hamza", "Olivia", "Jun", "Freya", "Diego", "Amelia", "Tevita",
			"Zoe", "Omar", "Charlotte", "Minh", "Harper", "Elif", "James", "Aisha", "Henry", "Lucia", "Wiremu", "Nina",
			"Jack", "Sakura", "Ahmed" };

	static final String[] LAST_NAMES = { "Okafor", "Reid", "Chen", "Martins", "Nguyen", "Smith", "Patel", "Mensah",
			"Wong", "Silva", "Rahman", "Taylor", "Ngata", "Haddad", "Brown", "Garcia", "Tanaka", "Wilson", "Hussain",
			"Kelly", "Sato", "Campbell", "Sharma", "Murphy", "Aziz", "Walker", "Boateng", "Ross", "Iyer", "Cohen",
			"O'Brien", "Karimi", "Lee", "Petrovic", "Jones", "Fernandes", "Kaur", "Hughes", "Yilmaz", "Clarke", "Park",
			"Jensen", "Lopez", "Anderson", "Fifita", "Morgan", "Said", "Bennett", "Tran", "Davies", "Demir", "Wright",
			"Bello", "Scott", "Romero", "Tane", "Novak", "Evans", "Kimura", "Farouk" };

	static final String[] PROGRAMS = { "Reverse Mentoring Pilot", "Digital Champions Exchange",
			"Interprofessional Mentoring Programme", "Boomerang Cohort 2025" };

}

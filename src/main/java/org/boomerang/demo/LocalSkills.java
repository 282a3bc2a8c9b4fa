package org.boomerang.demo;

import java.util.List;

import static org.boomerang.demo.SkillArea.CLINICAL;
import static org.boomerang.demo.SkillArea.DIGITAL;
import static org.boomerang.demo.SkillArea.LEADERSHIP;
import static org.boomerang.demo.SkillArea.RESEARCH;
import static org.boomerang.demo.SkillArea.TEACHING;

/**
 * The catalogue of local skills of the demo network.
 */
final class LocalSkills {

	private LocalSkills() {
	}

	static final List<LocalSkill> ALL = List.of(
			LocalSkill
				.of("skill:digital-health", DIGITAL, "Digital health",
						"Using digital technology to deliver and improve health care.",
						List.of("eHealth", "e-health", "health informatics", "digital medicine"))
				.esco("use e-health and mobile health technologies", "health informatics"),
			LocalSkill
				.of("skill:ehr", DIGITAL, "Electronic health records",
						"Documenting, ordering and reviewing care in the electronic record.",
						List.of("EHR", "EMR", "eMR", "electronic medical record", "electronic patient record", "EPR",
								"clinical information system"))
				.under("skill:digital-health")
				.esco("use electronic health records management system"),
			LocalSkill
				.of("skill:ehr-epic", DIGITAL, "Epic EHR", "Working efficiently in the Epic electronic health record.",
						List.of("Epic", "Epic Hyperspace", "Epic EMR"))
				.under("skill:ehr"),
			LocalSkill
				.of("skill:ehr-cerner", DIGITAL, "Oracle Health (Cerner) EHR",
						"Working in the Oracle Health (formerly Cerner) electronic record.",
						List.of("Cerner", "Cerner Millennium", "PowerChart", "Oracle Health"))
				.under("skill:ehr"),
			LocalSkill
				.of("skill:emr-order-sets", DIGITAL, "eMR order sets and templates",
						"Building order sets, note templates and smart phrases in the eMR.",
						List.of("order sets", "note templates", "smart phrases", "eMR build"))
				.under("skill:ehr"),
			LocalSkill
				.of("skill:telehealth", DIGITAL, "Telehealth consultations",
						"Assessing and treating patients by video and telephone.",
						List.of("telemedicine", "virtual care", "video consultation", "teleconsultation", "telehealth"))
				.under("skill:digital-health"),
			LocalSkill
				.of("skill:remote-monitoring", DIGITAL, "Remote patient monitoring",
						"Following patients at home with connected devices and wearables.",
						List.of("RPM", "home monitoring", "wearables", "virtual ward"))
				.under("skill:telehealth"),
			LocalSkill
				.of("skill:mhealth-apps", DIGITAL, "Mobile health apps",
						"Choosing and prescribing health apps for patients.",
						List.of("mHealth", "health apps", "smartphone apps"))
				.under("skill:digital-health"),
			LocalSkill
				.of("skill:elearning", DIGITAL, "E-learning module design",
						"Designing self-paced online modules for health professionals.",
						List.of("e-learning", "elearning", "online course design", "online module"))
				.esco("e-learning"),
			LocalSkill.of("skill:elearning-authoring", DIGITAL, "E-learning authoring tools",
					"Building interactive modules in authoring tools.",
					List.of("Articulate Storyline", "Articulate Rise", "H5P", "Adobe Captivate",
							"e-learning authoring"))
				.under("skill:elearning"),
			LocalSkill
				.of("skill:lms", DIGITAL, "Learning management systems",
						"Running courses in a learning management system.",
						List.of("LMS", "Moodle", "Canvas", "Blackboard"))
				.esco("e-learning software infrastructure"),
			LocalSkill
				.of("skill:online-facilitation", DIGITAL, "Online teaching and facilitation",
						"Teaching live online: breakout rooms, polls, engagement.",
						List.of("webinars", "virtual classroom", "Zoom teaching", "online tutorials"))
				.esco("e-learning"),
			LocalSkill.of("skill:podcasting", DIGITAL, "Podcast production",
					"Planning, recording, editing and publishing educational audio.",
					List.of("podcasting", "podcast", "audio editing", "making a podcast")),
			LocalSkill
				.of("skill:video-production", DIGITAL, "Educational video production",
						"Filming and editing short teaching videos and screencasts.",
						List.of("video editing", "screencasting", "lecture capture"))
				.esco("perform video editing"),
			LocalSkill
				.of("skill:social-media-health", DIGITAL, "Social media for health",
						"Professional use of social media for education and health promotion.",
						List.of("social media", "FOAMed", "#MedEd", "professional social media",
								"Instagram for health"))
				.esco("social media management"),
			LocalSkill
				.of("skill:redcap", DIGITAL, "REDCap data capture",
						"Building REDCap projects, surveys and electronic case report forms.",
						List.of("REDCap", "research electronic data capture", "eCRF", "electronic case report form"))
				.esco("scientific research methodology"),
			LocalSkill.of("skill:data-dashboards", DIGITAL, "Data visualisation dashboards",
					"Turning clinical and education data into dashboards.",
					List.of("Power BI", "Tableau", "dashboards", "data viz", "data visualization")),
			LocalSkill
				.of("skill:r-statistics", DIGITAL, "Statistical programming in R", "Analysing data reproducibly in R.",
						List.of("R", "RStudio", "tidyverse", "R programming"))
				.esco("biostatistics"),
			LocalSkill.of("skill:spreadsheets", DIGITAL, "Spreadsheet analysis",
					"Cleaning and summarising data in spreadsheets.", List.of("Excel", "pivot tables", "Google Sheets"))
				.esco("use spreadsheets software"),
			LocalSkill
				.of("skill:generative-ai", DIGITAL, "Generative AI tools in practice",
						"Using generative AI safely for documentation, teaching and research.",
						List.of("ChatGPT", "generative AI", "GenAI", "LLM", "large language models", "AI scribe"))
				.esco("principles of artificial intelligence"),
			LocalSkill
				.of("skill:cyber-safety", DIGITAL, "Cyber safety in clinical systems",
						"Protecting patient data: passwords, phishing, secure messaging.",
						List.of("cyber security", "phishing awareness", "information security"))
				.esco("cyber security"),
			LocalSkill
				.of("skill:bedside-teaching", TEACHING, "Bedside teaching",
						"Teaching at the bedside and on ward rounds with real patients.",
						List.of("ward teaching", "bedside tutorial", "teaching on rounds"))
				.esco("apply teaching strategies"),
			LocalSkill.of("skill:simulation-teaching", TEACHING, "Simulation-based teaching",
					"Designing and running simulation scenarios for teams and learners.",
					List.of("simulation", "sim", "SBE", "simulation-based education", "in-situ simulation",
							"manikin simulation"))
				.esco("apply teaching strategies"),
			LocalSkill
				.of("skill:debriefing", TEACHING, "Simulation debriefing",
						"Structured debriefing after simulation and critical events.",
						List.of("debrief", "PEARLS debriefing", "hot debrief"))
				.under("skill:simulation-teaching"),
			LocalSkill.of("skill:osce-design", TEACHING, "OSCE station design",
					"Writing and examining objective structured clinical examination stations.",
					List.of("OSCE", "objective structured clinical examination", "clinical examinations")),
			LocalSkill
				.of("skill:learner-feedback", TEACHING, "Feedback to learners",
						"Giving specific, timely feedback that learners can act on.",
						List.of("feedback", "Pendleton model", "constructive feedback"))
				.esco("give constructive feedback"),
			LocalSkill.of("skill:clinical-supervision", TEACHING, "Clinical supervision",
					"Supervising students and junior staff in clinical practice.",
					List.of("supervision", "preceptorship", "clinical educator")),
			LocalSkill
				.of("skill:curriculum-design", TEACHING, "Curriculum design",
						"Designing programmes with aligned outcomes, activities and assessment.",
						List.of("curriculum development", "course design", "constructive alignment"))
				.esco("develop curriculum"),
			LocalSkill
				.of("skill:interprofessional-education", TEACHING, "Interprofessional education",
						"Teaching students of several professions together.",
						List.of("IPE", "interprofessional learning", "IPL"))
				.esco("work in multidisciplinary health teams"),
			LocalSkill.of("skill:small-group-teaching", TEACHING, "Small-group teaching",
					"Facilitating tutorials, case-based and problem-based learning.",
					List.of("tutorials", "PBL", "problem-based learning", "case-based learning", "CBL")),
			LocalSkill
				.of("skill:clinical-reasoning", CLINICAL, "Clinical reasoning",
						"Gathering and weighing findings to reach diagnoses and plans.",
						List.of("diagnostic reasoning", "clinical decision-making", "clinical judgement"))
				.esco("make clinical decisions"),
			LocalSkill
				.of("skill:deteriorating-patient", CLINICAL, "Recognising the deteriorating patient",
						"Early warning scores, escalation and rapid response.",
						List.of("early warning scores", "NEWS2", "rapid response", "MET call"))
				.forProfessions(Profession.MEDICINE, Profession.NURSING),
			LocalSkill
				.of("skill:medication-safety", CLINICAL, "Medication safety",
						"Reconciliation, high-risk medicines and preventing adverse drug events.",
						List.of("medication reconciliation", "adverse drug events", "high-risk medicines"))
				.esco("monitor the effects of medication")
				.forProfessions(Profession.PHARMACY, Profession.NURSING, Profession.MEDICINE),
			LocalSkill.of("skill:antimicrobial-stewardship", CLINICAL, "Antimicrobial stewardship",
					"Choosing, reviewing and stopping antimicrobials well.", List.of("AMS", "antibiotic stewardship"))
				.under("skill:medication-safety")
				.forProfessions(Profession.PHARMACY, Profession.MEDICINE),
			LocalSkill
				.of("skill:dysphagia-management", CLINICAL, "Dysphagia management",
						"Swallowing assessment, texture-modified diets and safe eating.",
						List.of("swallowing assessment", "IDDSI", "modified diets"))
				.esco("treat swallowing disorders")
				.forProfessions(Profession.SPEECH_PATHOLOGY),
			LocalSkill
				.of("skill:aphasia-communication", CLINICAL, "Supported communication for aphasia",
						"Helping people with aphasia take part in conversations and decisions.",
						List.of("aphasia", "supported conversation", "communication access"))
				.forProfessions(Profession.SPEECH_PATHOLOGY),
			LocalSkill
				.of("skill:msk-assessment", CLINICAL, "Musculoskeletal assessment",
						"Subjective and objective assessment of musculoskeletal complaints.",
						List.of("MSK assessment", "musculoskeletal examination"))
				.esco("diagnose musculoskeletal conditions")
				.forProfessions(Profession.PHYSIOTHERAPY),
			LocalSkill
				.of("skill:falls-prevention", CLINICAL, "Falls prevention",
						"Assessing falls risk and preventing falls in hospital and at home.",
						List.of("falls risk", "falls assessment"))
				.forProfessions(Profession.PHYSIOTHERAPY, Profession.OCCUPATIONAL_THERAPY, Profession.NURSING),
			LocalSkill
				.of("skill:functional-assessment", CLINICAL, "Functional assessment for daily living",
						"Assessing activities of daily living and home safety.",
						List.of("ADL assessment", "home visit assessment", "activities of daily living"))
				.forProfessions(Profession.OCCUPATIONAL_THERAPY),
			LocalSkill
				.of("skill:wound-care", CLINICAL, "Complex wound care",
						"Assessing and dressing complex and chronic wounds.",
						List.of("wound management", "pressure injuries", "dressings"))
				.esco("carry out wound care")
				.forProfessions(Profession.NURSING),
			LocalSkill
				.of("skill:oral-health-aged-care", CLINICAL, "Oral health in aged care",
						"Oral assessment and care plans for older people in residential care.",
						List.of("oral care", "aged care dentistry"))
				.forProfessions(Profession.DENTISTRY),
			LocalSkill
				.of("skill:goals-of-care", CLINICAL, "Goals-of-care conversations",
						"Talking with patients and families about what matters and what care they want.",
						List.of("advance care planning", "breaking bad news", "serious illness conversations"))
				.esco("provide palliative care")
				.forProfessions(Profession.MEDICINE, Profession.NURSING),
			LocalSkill
				.of("skill:infection-prevention", CLINICAL, "Infection prevention and control",
						"Hand hygiene, transmission-based precautions and outbreak response.",
						List.of("IPC", "infection control", "hand hygiene"))
				.esco("infection control"),
			LocalSkill
				.of("skill:systematic-reviews", RESEARCH, "Systematic reviews",
						"Searching, appraising and synthesising the evidence.",
						List.of("meta-analysis", "evidence synthesis", "PRISMA", "scoping review"))
				.esco("scientific research methodology"),
			LocalSkill
				.of("skill:qualitative-methods", RESEARCH, "Qualitative research methods",
						"Interviews, focus groups and thematic analysis.",
						List.of("thematic analysis", "focus groups", "qualitative interviews"))
				.esco("conduct qualitative research"),
			LocalSkill
				.of("skill:grant-writing", RESEARCH, "Grant writing", "Writing competitive funding applications.",
						List.of("grant applications", "funding applications"))
				.esco("manage grant applications"),
			LocalSkill
				.of("skill:ethics-applications", RESEARCH, "Human research ethics applications",
						"Preparing ethics and governance submissions.",
						List.of("HREC", "IRB", "ethics submission", "research governance"))
				.esco("bioethics"),
			LocalSkill
				.of("skill:clinical-trials", RESEARCH, "Clinical trial coordination",
						"Running trials to good clinical practice.",
						List.of("GCP", "good clinical practice", "trial management"))
				.esco("assist in clinical trials"),
			LocalSkill
				.of("skill:quality-improvement", RESEARCH, "Quality improvement",
						"Improvement cycles, clinical audit and measurement for improvement.",
						List.of("QI", "PDSA", "clinical audit", "improvement science"))
				.esco("undertake clinical audit"),
			LocalSkill
				.of("skill:clinical-leadership", LEADERSHIP, "Clinical leadership",
						"Leading clinical teams and services.", List.of("leading teams", "team leadership"))
				.esco("adapt leadership styles in healthcare"),
			LocalSkill
				.of("skill:leading-change", LEADERSHIP, "Leading change", "Planning and leading change in services.",
						List.of("change management", "implementation"))
				.esco("apply change management"),
			LocalSkill
				.of("skill:mentoring-practice", LEADERSHIP, "Mentoring practice",
						"Mentoring colleagues, including reverse and reciprocal mentoring.",
						List.of("mentoring", "reverse mentoring", "coaching"))
				.esco("mentor other health professionals"),
			LocalSkill.of("skill:difficult-conversations", LEADERSHIP, "Difficult conversations with staff",
					"Addressing performance and conduct respectfully.",
					List.of("crucial conversations", "performance conversations")),
			LocalSkill.of("skill:team-wellbeing", LEADERSHIP, "Team wellbeing and burnout prevention",
					"Looking after the wellbeing of clinical teams.",
					List.of("burnout", "staff wellbeing", "psychological safety")));

}

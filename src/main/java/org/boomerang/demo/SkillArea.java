package org.boomerang.demo;

import java.util.regex.Pattern;

/**
 * The broad areas a skill of the demo network belongs to. They decide who holds a skill:
 * digital skills lean junior, clinical, teaching, research and leadership skills lean
 * senior, as reverse-mentoring programmes observe.
 */
enum SkillArea {

	/** Digital tools and media: EHR, telehealth, e-learning, podcasting, data tools. */
	DIGITAL,
	/** Clinical practice of a health profession. */
	CLINICAL,
	/** Teaching, supervision and assessment of learners. */
	TEACHING,
	/** Research methods and scholarship. */
	RESEARCH,
	/** Leading people, teams and change. */
	LEADERSHIP,
	/** Anything else (transversal skills, languages, attitudes). */
	GENERAL;

	private static final Pattern DIGITAL_WORDS = Pattern.compile(
			"\\b(digital|ict|software|online|e-learning"
					+ "|databases?|data|computer\\w*|web\\w*|spreadsheets?|programming|cyber\\w*|video\\w*|social media"
					+ "|e-health|informatics|artificial intelligence|electronic|internet|multimedia|apps?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TEACHING_WORDS = Pattern.compile("\\b(teach\\w*|educat\\w*|pedagog\\w*|curricul\\w*"
			+ "|learn\\w*|instruct\\w*|tutor\\w*|lectur\\w*|train\\w*|mentor\\w*|coach\\w*|feedback|students?)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern RESEARCH_WORDS = Pattern.compile("\\b(research\\w*|scientific|statistic\\w*"
			+ "|biostatistic\\w*|grants?|publication\\w*|academic|literature|evidence\\w*|epidemiolog\\w*"
			+ "|\\w*ethics|analys\\w*)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADERSHIP_WORDS = Pattern.compile("\\b(lead\\w*|manag\\w*|supervis\\w*|strateg\\w*"
			+ "|delegat\\w*|polic\\w*|budget\\w*|organi[sz]\\w*|quality|change)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern CLINICAL_WORDS = Pattern.compile("\\b(health\\w*|medic\\w*|clinic\\w*|patients?"
			+ "|nurs\\w*|\\w*therap\\w*|pharmac\\w*|drugs?|dental|denti\\w*|oral|speech|swallow\\w*|rehabilitat\\w*"
			+ "|diagnos\\w*|disease\\w*|surg\\w*|care|wounds?|pain|anatom\\w*|physiolog\\w*|patholog\\w*|infect\\w*"
			+ "|hygiene|mental|paediatr\\w*|pediatr\\w*|geriatr\\w*|midwi\\w*|obstetric\\w*|emergenc\\w*|first aid"
			+ "|disabilit\\w*|musculoskeletal|injur\\w*)\\b", Pattern.CASE_INSENSITIVE);

	/**
	 * The area of an ESCO skill, from the words of its preferred label.
	 * @param label the preferred label
	 * @return the first area whose words match, in the order digital, teaching, research,
	 * leadership, clinical; {@link #GENERAL} otherwise
	 */
	static SkillArea ofLabel(String label) {
		if (DIGITAL_WORDS.matcher(label).find()) {
			return DIGITAL;
		}
		if (TEACHING_WORDS.matcher(label).find()) {
			return TEACHING;
		}
		if (RESEARCH_WORDS.matcher(label).find()) {
			return RESEARCH;
		}
		if (LEADERSHIP_WORDS.matcher(label).find()) {
			return LEADERSHIP;
		}
		return CLINICAL_WORDS.matcher(label).find() ? CLINICAL : GENERAL;
	}

}

package org.boomerang.skill.search;

/**
 * How a skill matched a free-text topic.
 */
public enum Via {

	/** The topic is the skill's name (in any case or word form). */
	EXACT,
	/** The topic is one of the skill's aliases or abbreviations. */
	ALIAS,
	/** The topic matched after correcting a misspelt word. */
	FUZZY,
	/** Some words of the topic occur in the skill's name, aliases or description. */
	TEXT,
	/** A narrower skill of one that matched. */
	NARROWER,
	/** A broader skill of one that matched. */
	BROADER

}

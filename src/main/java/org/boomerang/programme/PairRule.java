package org.boomerang.programme;

/**
 * Why a mentor who teaches what a mentee wants was not offered to that mentee.
 */
enum PairRule {

	/** The programme pairs across professions only, and the two share a profession. */
	CROSS_PROFESSION("by the cross-profession rule (they share a profession)"),

	/** The programme pairs across institutions only, and the two share an institution. */
	CROSS_INSTITUTION("by the cross-institution rule (they share an institution)"),

	/**
	 * The programme's kind admits one direction only (REVERSE or TRADITIONAL), and the
	 * pair runs another way.
	 */
	KIND("by the programme's kind (the pair would run the other way by career stage)"),
	/** The coordinator excluded the pair in this request. */
	EXCLUDED_BY_COORDINATOR("excluded by the coordinator");

	private final String words;

	PairRule(String words) {
		this.words = words;
	}

	/**
	 * How the rule reads after a count of mentors ("2 by the cross-profession rule").
	 * @return plain words
	 */
	String words() {
		return this.words;
	}

}

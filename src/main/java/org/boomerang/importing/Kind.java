package org.boomerang.importing;

/**
 * The kinds of entity an import document carries, in the order they are written
 * (references point backwards or within a kind).
 */
public enum Kind {

	INSTITUTIONS("institutions", "Institution"), PROFESSIONS("professions", "Profession"), SKILLS("skills", "Skill"),
	COMMUNITIES("communities", "Community"), PEOPLE("people", "Person"), PROGRAMMES("programmes", "Programme"),
	MENTORSHIPS("mentorships", "Mentorship"), TRANSFERS("transfers", "Transfer");

	private final String key;

	private final String label;

	Kind(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/**
	 * The document key of this kind.
	 * @return e.g. {@code people}
	 */
	public String key() {
		return this.key;
	}

	/**
	 * The kind of a document key.
	 * @param key e.g. {@code people}
	 * @return the kind, or null when no kind has that key
	 */
	static Kind byKey(String key) {
		for (Kind kind : values()) {
			if (kind.key.equals(key)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * The graph label of this kind.
	 * @return e.g. {@code Person}
	 */
	public String label() {
		return this.label;
	}

}

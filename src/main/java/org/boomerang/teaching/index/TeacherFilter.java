package org.boomerang.teaching.index;

/**
 * The filters of {@code whoCanTeach}, applied alike by the in-memory index and the
 * ranking query; null means "not set".
 *
 * @param institution only teachers currently affiliated with this institution
 * @param profession only teachers who practise this profession
 * @param otherProfessionsOnly only teachers outside all of the asker's professions
 * @param reverseOnly only teachers at a lower career stage than the asker
 * @param minLevel the lowest level (1-5) a teacher must have in a matched skill
 * @param includeFull also people whose mentoring places are all taken
 */
public record TeacherFilter(String institution, String profession, Boolean otherProfessionsOnly, Boolean reverseOnly,
		Integer minLevel, Boolean includeFull) {

	/** No filter at all. */
	public static final TeacherFilter NONE = new TeacherFilter(null, null, null, null, null, null);

	/**
	 * @return whether only teachers outside the asker's professions are wanted
	 */
	public boolean otherProfessions() {
		return Boolean.TRUE.equals(this.otherProfessionsOnly);
	}

	/**
	 * @return whether only teachers below the asker's career stage are wanted
	 */
	public boolean reverse() {
		return Boolean.TRUE.equals(this.reverseOnly);
	}

	/**
	 * @return whether people at capacity are offered too
	 */
	public boolean full() {
		return Boolean.TRUE.equals(this.includeFull);
	}

	/**
	 * @return the lowest level asked for (1 when not set)
	 */
	public int level() {
		return (this.minLevel != null) ? this.minLevel : 1;
	}

}

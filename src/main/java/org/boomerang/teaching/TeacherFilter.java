package org.boomerang.teaching;

/**
 * The filters of {@code whoCanTeach}; null means "not set".
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

	static final TeacherFilter NONE = new TeacherFilter(null, null, null, null, null, null);

	boolean otherProfessions() {
		return Boolean.TRUE.equals(this.otherProfessionsOnly);
	}

	boolean reverse() {
		return Boolean.TRUE.equals(this.reverseOnly);
	}

	boolean full() {
		return Boolean.TRUE.equals(this.includeFull);
	}

	int level() {
		return (this.minLevel != null) ? this.minLevel : 1;
	}

}

package org.boomerang.mentoring;

import java.util.Collection;
import java.util.Map;

import org.boomerang.security.Reader;

import org.springframework.stereotype.Component;

/**
 * Mentorships by id for other features (a programme's mentorships, the mentorship a
 * request became), read with the reader's rule as the mentorship queries read them.
 */
@Component
public class Mentorships {

	private final MentoringRepository repository;

	Mentorships(MentoringRepository repository) {
		this.repository = repository;
	}

	/**
	 * The mentorships with these ids that the reader may read.
	 * @param ids the ids
	 * @param reader who reads
	 * @return the mentorships found, by id
	 */
	public Map<String, Mentorship> byIds(Collection<String> ids, Reader reader) {
		return this.repository.mentorships(ids, reader);
	}

}

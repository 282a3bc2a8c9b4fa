package org.boomerang.teaching;

import java.util.List;

import org.boomerang.model.MentoringDirection;
import org.boomerang.person.Person;

/**
 * One person who can teach a topic, with the why.
 *
 * @param personId the teacher's id
 * @param score higher is better, comparable within one answer
 * @param direction relative to the asker; null without an asker
 * @param available whether the teacher has a free mentoring place
 * @param activeMentorships mentorships held as mentor now
 * @param mentoringCapacity mentorships the teacher will hold as mentor
 * @param skills the matched skills, best first
 * @param reasons plain-language sentences
 * @param professionNames the names of the teacher's professions
 * @param institutionNames the names of the teacher's current institutions
 * @param person the teacher's own fields (the in-memory index holds them; after the
 * ranking query they are read for the whole page at once)
 */
public record TeacherMatch(String personId, double score, MentoringDirection direction, boolean available,
		int activeMentorships, int mentoringCapacity, List<MatchedSkill> skills, List<String> reasons,
		List<String> professionNames, List<String> institutionNames, Person person) {
}

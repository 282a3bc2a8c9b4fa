package org.boomerang.person;

import java.time.OffsetDateTime;

import org.boomerang.model.CareerStage;
import org.boomerang.model.Visibility;

/**
 * A member of staff: the node {@code :Person} without its relationships (those resolve in
 * batches where GraphQL asks for them).
 *
 * @param id source-system id
 * @param name display name
 * @param careerStage career stage
 * @param email e-mail address, if known
 * @param orcid ORCID iD, if known
 * @param bio short biography
 * @param startedPracticeYear year the person started practice
 * @param mentoringCapacity how many active mentorships they will hold as mentor
 * @param visibility who may see them
 * @param createdAt when the node was created
 * @param updatedAt when the node last changed
 */
public record Person(String id, String name, CareerStage careerStage, String email, String orcid, String bio,
		Integer startedPracticeYear, int mentoringCapacity, Visibility visibility, OffsetDateTime createdAt,
		OffsetDateTime updatedAt) {
}

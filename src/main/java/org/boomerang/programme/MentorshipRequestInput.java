package org.boomerang.programme;

import java.util.List;

/**
 * A request for mentoring (GraphQL {@code MentorshipRequestInput}).
 *
 * @param to the person asked to mentor
 * @param skills the skills to learn
 * @param message a message
 */
record MentorshipRequestInput(String to, List<String> skills, String message) {
}

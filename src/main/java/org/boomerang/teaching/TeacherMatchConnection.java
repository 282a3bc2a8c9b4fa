package org.boomerang.teaching;

import java.util.List;

import org.boomerang.api.PageInfo;
import org.boomerang.skill.search.SkillMatch;

/**
 * A page of {@code whoCanTeach} in the Relay connection shape.
 *
 * @param edges the matches of the page with their cursors
 * @param pageInfo where the page stands
 * @param totalCount how many teachers match over all pages
 * @param resolved what the topic resolved to (shown as {@code resolvedSkills})
 */
public record TeacherMatchConnection(List<Edge> edges, PageInfo pageInfo, int totalCount, List<SkillMatch> resolved) {

	/**
	 * One match and its cursor.
	 *
	 * @param cursor opaque; pass as {@code after} for what follows
	 * @param node the match
	 */
	public record Edge(String cursor, TeacherMatch node) {
	}

}

package org.boomerang.audit;

import java.util.List;

import org.boomerang.api.PageInfo;

/**
 * A page of the audit trail.
 *
 * @param edges the entries with their cursors
 * @param pageInfo whether more follow
 * @param totalCount how many entries the window holds
 */
record AuditConnection(List<Edge> edges, PageInfo pageInfo, int totalCount) {

	/**
	 * One entry with its cursor.
	 *
	 * @param cursor the position
	 * @param node the entry
	 */
	record Edge(String cursor, AuditEntry node) {
	}

}

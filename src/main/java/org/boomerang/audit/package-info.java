/**
 * The audit trail: every write records who (token subject, client, person) and when in
 * the graph, in the write's own transaction ({@link org.boomerang.audit.Auditor} gives
 * the entry), and admins read it page by page.
 */
package org.boomerang.audit;

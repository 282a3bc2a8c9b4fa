package org.boomerang.mentoring;

import java.util.List;

/**
 * Transfers from one place of the network to another in a window.
 *
 * @param from where the teachers stood
 * @param to where the learners stood
 * @param transfers how many transfers
 * @param people distinct people who taught or learned in them
 * @param skillIds distinct skills taught, by id
 */
record KnowledgeFlow(FlowEndpoint from, FlowEndpoint to, int transfers, int people, List<String> skillIds) {

	/**
	 * One end of a flow.
	 *
	 * @param id community, profession or institution id
	 * @param name its name
	 * @param level its kind
	 */
	record FlowEndpoint(String id, String name, NetworkLevel level) {
	}

}

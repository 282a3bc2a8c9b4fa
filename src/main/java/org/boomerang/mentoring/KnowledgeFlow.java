package org.boomerang.mentoring;

/**
 * Transfers from one place of the network to another in a window.
 *
 * @param from where the teachers stood
 * @param to where the learners stood
 * @param transfers how many transfers
 * @param people distinct people who taught or learned in them
 * @param skills distinct skills taught
 */
record KnowledgeFlow(FlowEndpoint from, FlowEndpoint to, int transfers, int people, FlowIndex.SkillSet skills) {

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

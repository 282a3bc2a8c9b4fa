package org.boomerang.importing;

import java.util.List;
import java.util.Map;

/**
 * Published after a write through this instance (an import or a mutation) has committed,
 * with the ids that were created or changed per kind, so derived state (the skill search
 * index) can catch up before the write's answer returns.
 *
 * @param changed ids created or updated, per kind
 */
public record GraphChangedEvent(Map<Kind, List<String>> changed) {

	/**
	 * The ids of one kind that changed.
	 * @param kind the kind
	 * @return the ids, possibly empty
	 */
	public List<String> changed(Kind kind) {
		return this.changed.getOrDefault(kind, List.of());
	}

}

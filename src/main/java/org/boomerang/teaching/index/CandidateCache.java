package org.boomerang.teaching.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.boomerang.skill.search.SkillMatch;

/**
 * The candidates of recent topics, kept for the snapshot they were found in: a topic
 * asked again (by anybody, with any filter) starts from them. At most {@code limit}
 * candidates are kept over all topics, least recently used dropped first; a write (a new
 * snapshot) drops them all.
 */
final class CandidateCache {

	private final LinkedHashMap<List<Object>, Candidates> byTopic = new LinkedHashMap<>(64, 0.75f, true);

	private final int limit;

	/** Candidates held, over all topics. */
	private long held;

	/** The snapshot published last: candidates found in older ones are not kept. */
	private Snapshot current;

	CandidateCache(int limit, Snapshot current) {
		this.limit = limit;
		this.current = current;
	}

	/**
	 * The candidates of a topic in a snapshot, found now unless kept.
	 */
	Candidates get(Snapshot s, Scratch scratch, List<SkillMatch> skills, int[] codes, int minLevel) {
		List<Object> key = new ArrayList<>(skills.size() * 2 + 1);
		for (SkillMatch match : skills) {
			key.add(match.skillId());
			key.add(match.weight());
		}
		key.add(minLevel);
		synchronized (this) {
			Candidates known = this.byTopic.get(key);
			if (known != null && known.snapshot == s) {
				return known;
			}
		}
		Candidates found = Candidates.find(s, scratch, skills, codes, minLevel);
		if (found.size <= this.limit / 4) {
			synchronized (this) {
				if (s != this.current) {
					// A write published a newer snapshot meanwhile: these are out of
					// date.
					return found;
				}
				Candidates replaced = this.byTopic.put(key, found);
				this.held += found.size - ((replaced != null) ? replaced.size : 0);
				Iterator<Map.Entry<List<Object>, Candidates>> eldest = this.byTopic.entrySet().iterator();
				while (this.held > this.limit && eldest.hasNext()) {
					Candidates dropped = eldest.next().getValue();
					if (dropped == found) {
						break;
					}
					this.held -= dropped.size;
					eldest.remove();
				}
			}
		}
		return found;
	}

	/** A new snapshot was published: drops the candidates found in older ones. */
	synchronized void published(Snapshot next) {
		this.current = next;
		this.byTopic.clear();
		this.held = 0;
	}

}

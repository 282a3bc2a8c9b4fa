package org.boomerang.skill.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.boomerang.api.BadRequestException;
import org.boomerang.skill.Skill;
import org.boomerang.skill.SkillRepository;

import org.springframework.stereotype.Service;

/**
 * Resolves free text ("EMR", "teleheath", "making a podcast") to weighted skills with the
 * in-process Lucene index, and suggests skills for a typed prefix. Resolved topics are
 * cached until the index next changes.
 */
@Service
public class TopicResolver {

	private final SkillIndex index;

	private final SkillIndexSync sync;

	private final SearchProperties properties;

	private final SkillRepository skills;

	private final Map<String, Cached> cache;

	TopicResolver(SkillIndex index, SkillIndexSync sync, SearchProperties properties, SkillRepository skills) {
		this.index = index;
		this.skills = skills;
		this.sync = sync;
		this.properties = properties;
		int size = properties.cacheSize();
		this.cache = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
				return size() > size;
			}
		};
	}

	/**
	 * The skills a topic resolves to, best first: direct matches ({@link Via#EXACT},
	 * {@link Via#ALIAS}, {@link Via#FUZZY}, {@link Via#TEXT}) and the skills around them
	 * in the taxonomy ({@link Via#NARROWER}, {@link Via#BROADER}), each weighted in (0,
	 * 1].
	 * @param topic free text
	 * @return the matches; empty when nothing matches
	 * @throws BadRequestException when the topic is blank or too long
	 */
	public List<SkillMatch> resolve(String topic) {
		check("topic", topic, true);
		String key = SkillAnalysis.key(topic);
		long generation = this.index.generation();
		synchronized (this.cache) {
			Cached cached = this.cache.get(key);
			if (cached != null && cached.generation() == generation) {
				return cached.matches();
			}
		}
		Taxonomy taxonomy = this.index.taxonomy();
		List<SkillMatch> matches = this.index
			.search((searcher) -> new TopicMatcher(searcher, this.index.stored(), taxonomy).resolve(key));
		synchronized (this.cache) {
			this.cache.put(key, new Cached(generation, matches));
		}
		return matches;
	}

	/**
	 * Skills for type-ahead: names and aliases that start with the prefix, then names
	 * with a word that does, best first.
	 * @param prefix what has been typed so far
	 * @param first how many to return at most
	 * @return skill ids
	 * @throws BadRequestException when the prefix is too long
	 */
	public List<String> suggest(String prefix, int first) {
		check("prefix", prefix, false);
		return this.index.search((searcher) -> new TopicMatcher(searcher, this.index.stored(), this.index.taxonomy())
			.suggest(prefix, first));
	}

	/**
	 * The skills of some matches, as GraphQL's {@code SkillHit}s (one batch lookup);
	 * skills deleted a moment ago, which may linger in the index until the next poll, are
	 * left out.
	 * @param matches matches from {@link #resolve(String)}
	 * @return the hits, in the same order
	 */
	public List<SkillHit> hits(List<SkillMatch> matches) {
		Set<String> ids = new HashSet<>();
		matches.forEach((m) -> {
			ids.add(m.skillId());
			if (m.from() != null) {
				ids.add(m.from());
			}
		});
		Map<String, Skill> found = this.skills.byIds(ids);
		List<SkillHit> hits = new ArrayList<>();
		for (SkillMatch match : matches) {
			Skill skill = found.get(match.skillId());
			if (skill != null) {
				hits.add(new SkillHit(skill, match.weight(), match.via().name(), match.matched(), match.alias(),
						(match.from() != null) ? found.get(match.from()) : null));
			}
		}
		return hits;
	}

	/**
	 * Rebuilds the index from the graph now, e.g. after skills were deleted outside the
	 * service (a poll would notice within its interval).
	 */
	public void rebuildIndex() {
		this.sync.rebuild();
	}

	private void check(String what, String text, boolean required) {
		if (text == null || (required && text.isBlank())) {
			throw new BadRequestException("The " + what + " is empty: give a skill name, an abbreviation or a few"
					+ " words, e.g. 'EMR' or 'telehealth'");
		}
		if (text.length() > this.properties.maxTopicLength()) {
			throw new BadRequestException("The " + what + " is " + text.length() + " characters long; use at most "
					+ this.properties.maxTopicLength() + " characters, e.g. a skill name or a few words");
		}
	}

	private record Cached(long generation, List<SkillMatch> matches) {
	}

}

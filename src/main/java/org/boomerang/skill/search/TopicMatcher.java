package org.boomerang.skill.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns free text into weighted skills. Every Lucene query is built from analysed terms;
 * user text is never parsed as query syntax. Lucene finds the candidates; the weights are
 * computed here from how much of the topic and of the skill's name the match covers, so
 * they are explainable and comparable across topics.
 */
final class TopicMatcher {

	/** A skill whose name is the topic, in any case or word form. */
	static final double EXACT = 1.0;

	/**
	 * A skill with an alias or abbreviation that is the topic; also what the words of an
	 * alias count against those of a name in a partial match.
	 */
	static final double ALIAS = 0.95;

	/** The best a partial match of words can reach. */
	static final double TEXT = 0.8;

	/**
	 * Words found only in a description count at most this much (before {@link #TEXT}).
	 */
	static final double DESCRIPTION_ONLY = 0.55;

	/**
	 * The share of a partial match's weight that the topic's covered words earn on their
	 * own; the rest grows with the share of the field's words they cover, so the same
	 * words rank a short name that they nearly fill above a long one.
	 */
	static final double TOPIC_SHARE = 0.5;

	/** A match that needed a spelling correction counts this much of the same match. */
	static final double FUZZY = 0.85;

	/** Discount per level for a narrower skill of a matched one. */
	static final double NARROWER = 0.7;

	/** Discount for a broader skill of a matched one. */
	static final double BROADER = 0.4;

	/** Matches weaker than this share of the best one are dropped. */
	static final double RELATIVE_CUTOFF = 0.4;

	/** The most direct matches kept, before the taxonomy around them is added. */
	static final int DIRECT_LIMIT = 25;

	/** The most matches a topic resolves to, the taxonomy around them included. */
	static final int EXPANDED_LIMIT = 200;

	/** Words of a topic beyond this many are ignored. */
	static final int MAX_WORDS = 32;

	/**
	 * How many skills Lucene hands over per query, best first, for the weights to be
	 * computed here.
	 */
	private static final int CANDIDATES = 60;

	/**
	 * How Lucene orders the candidates of a partial match (not their weights): a word of
	 * the name counts three times a word of the description, a word of an alias twice.
	 */
	private static final float NAME_WORDS_BOOST = 3f;

	private static final float ALIAS_WORDS_BOOST = 2f;

	/**
	 * How Lucene orders type-ahead suggestions: a name that starts with the prefix before
	 * an alias that does, both before a name with a word that does.
	 */
	private static final float NAME_PREFIX_BOOST = 4f;

	private static final float ALIAS_PREFIX_BOOST = 3f;

	/** How many type-ahead candidates are read at least, to sort by score and name. */
	private static final int SUGGESTION_CANDIDATES = 100;

	/** Words shorter than this are never corrected: too many words are one edit away. */
	private static final int MIN_CORRECTED_LENGTH = 4;

	/**
	 * Words this long or longer may be two edits away from a known word, shorter ones
	 * one.
	 */
	private static final int TWO_EDITS_LENGTH = 8;

	private final IndexSearcher searcher;

	private final StoredSkills stored;

	private final Taxonomy taxonomy;

	TopicMatcher(IndexSearcher searcher, StoredSkills stored, Taxonomy taxonomy) {
		this.searcher = searcher;
		this.stored = stored;
		this.taxonomy = taxonomy;
	}

	/**
	 * The skills a topic resolves to, best first: direct matches, then the taxonomy
	 * around them.
	 */
	List<SkillMatch> resolve(String topic) throws IOException {
		List<Word> words = words(topic);
		Map<String, SkillMatch> direct = match(SkillAnalysis.key(topic), words, false);
		List<Word> corrected = correct(words);
		if (corrected != null) {
			String correctedText = String.join(" ", corrected.stream().map(Word::text).toList());
			Map<String, SkillMatch> fuzzy = match(SkillAnalysis.key(correctedText), corrected, true);
			String readAs = describeCorrections(words, corrected);
			fuzzy.values().forEach((m) -> {
				SkillMatch candidate = new SkillMatch(m.skillId(), m.name(), m.weight() * FUZZY, Via.FUZZY, readAs,
						m.alias(), null, null);
				SkillMatch known = direct.get(m.skillId());
				if (known == null || known.weight() < candidate.weight()) {
					direct.put(m.skillId(), candidate);
				}
			});
		}
		List<SkillMatch> ranked = direct.values().stream().sorted(ORDER).toList();
		if (ranked.isEmpty()) {
			return ranked;
		}
		double cutoff = ranked.get(0).weight() * RELATIVE_CUTOFF;
		ranked = ranked.stream().filter((m) -> m.weight() >= cutoff).limit(DIRECT_LIMIT).toList();
		return expand(ranked);
	}

	/**
	 * Skill ids whose name, an alias or a word of them starts with the prefix, best
	 * first.
	 */
	List<String> suggest(String prefix, int first) throws IOException {
		String key = SkillAnalysis.key(prefix);
		if (key.isEmpty() || first <= 0) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add(new BoostQuery(new PrefixQuery(new Term(SkillAnalysis.NAME_KEY, key)), NAME_PREFIX_BOOST),
				Occur.SHOULD);
		query.add(new BoostQuery(new PrefixQuery(new Term(SkillAnalysis.ALIAS_KEY, key)), ALIAS_PREFIX_BOOST),
				Occur.SHOULD);
		List<String> words = SkillAnalysis.words(prefix);
		if (!words.isEmpty() && words.size() <= MAX_WORDS) {
			BooleanQuery.Builder byWords = new BooleanQuery.Builder();
			for (int i = 0; i < words.size() - 1; i++) {
				byWords.add(new TermQuery(new Term(SkillAnalysis.WORDS_FIELD, words.get(i))), Occur.MUST);
			}
			byWords.add(new PrefixQuery(new Term(SkillAnalysis.WORDS_FIELD, words.get(words.size() - 1))), Occur.MUST);
			query.add(new ConstantScoreQuery(byWords.build()), Occur.SHOULD);
		}
		ScoreDoc[] hits = this.searcher.search(query.build(), Math.max(SUGGESTION_CANDIDATES, first)).scoreDocs;
		record Suggestion(String id, String name, float score) {
		}
		List<Suggestion> suggestions = new ArrayList<>();
		for (ScoreDoc hit : hits) {
			StoredSkills.Stored doc = this.stored.get(this.searcher, hit.doc);
			suggestions.add(new Suggestion(doc.id(), doc.name(), hit.score));
		}
		return suggestions.stream()
			.sorted(Comparator.comparingDouble((Suggestion s) -> -s.score())
				.thenComparingInt((s) -> s.name().length())
				.thenComparing(Suggestion::name))
			.limit(first)
			.map(Suggestion::id)
			.toList();
	}

	private Map<String, SkillMatch> match(String key, List<Word> words, boolean corrected) throws IOException {
		Map<String, SkillMatch> found = new LinkedHashMap<>();
		List<String> stems = words.stream().map(Word::stem).filter((s) -> s != null).toList();
		String joined = String.join(" ", stems);
		BooleanQuery.Builder exact = new BooleanQuery.Builder();
		if (!key.isEmpty()) {
			exact.add(new TermQuery(new Term(SkillAnalysis.NAME_KEY, key)), Occur.SHOULD);
			exact.add(new TermQuery(new Term(SkillAnalysis.ALIAS_KEY, key)), Occur.SHOULD);
		}
		if (!joined.isEmpty()) {
			exact.add(new TermQuery(new Term(SkillAnalysis.NAME_STEMS, joined)), Occur.SHOULD);
			exact.add(new TermQuery(new Term(SkillAnalysis.ALIAS_STEMS, joined)), Occur.SHOULD);
		}
		String said = String.join(" ", words.stream().map(Word::text).toList());
		for (ScoreDoc hit : this.searcher.search(exact.build(), CANDIDATES).scoreDocs) {
			StoredSkills.Stored doc = this.stored.get(this.searcher, hit.doc);
			String id = doc.id();
			String name = doc.name();
			if (SkillAnalysis.key(name).equals(key) || (!joined.isEmpty() && doc.nameStems().equals(joined))) {
				found.put(id, new SkillMatch(id, name, EXACT, Via.EXACT, said, null, null, null));
				continue;
			}
			String[] aliases = doc.aliases();
			String[] aliasStems = doc.aliasStems();
			for (int i = 0; i < aliases.length; i++) {
				if (SkillAnalysis.key(aliases[i]).equals(key) || (!joined.isEmpty() && aliasStems[i].equals(joined))) {
					found.put(id, new SkillMatch(id, name, ALIAS, Via.ALIAS, said, aliases[i], null, null));
					break;
				}
			}
		}
		if (stems.isEmpty()) {
			return found;
		}
		// Single letters ("c" of "C++", "r") match half the descriptions: keys handle
		// them.
		Set<String> wanted = new LinkedHashSet<>(stems.stream().filter((stem) -> stem.length() > 1).toList());
		if (wanted.isEmpty()) {
			return found;
		}
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		for (String stem : wanted) {
			text.add(new BoostQuery(new TermQuery(new Term(SkillAnalysis.NAME, stem)), NAME_WORDS_BOOST), Occur.SHOULD);
			text.add(new BoostQuery(new TermQuery(new Term(SkillAnalysis.ALIAS, stem)), ALIAS_WORDS_BOOST),
					Occur.SHOULD);
			text.add(new TermQuery(new Term(SkillAnalysis.DESCRIPTION, stem)), Occur.SHOULD);
		}
		for (ScoreDoc hit : this.searcher.search(text.build(), CANDIDATES).scoreDocs) {
			StoredSkills.Stored doc = this.stored.get(this.searcher, hit.doc);
			String id = doc.id();
			if (found.containsKey(id)) {
				continue;
			}
			Coverage best = Coverage.NONE;
			best = best.orBetter(Coverage.of(wanted, doc.nameStems(), EXACT));
			for (String alias : doc.aliasStems()) {
				best = best.orBetter(Coverage.of(wanted, alias, ALIAS));
			}
			Coverage description = Coverage.ofDescription(wanted, doc.descriptionStems());
			best = best.orBetter(description);
			// After a spelling correction only matches of every word count: a
			// corrected word alone is too weak a sign.
			if (best.weight() <= 0 || (corrected && best.covered().size() < wanted.size())) {
				continue;
			}
			Set<String> covered = best.covered();
			String matched = String.join(" ",
					words.stream()
						.filter((w) -> w.stem() != null && covered.contains(w.stem()))
						.map(Word::text)
						.toList());
			found.put(id, new SkillMatch(id, doc.name(), TEXT * best.weight(), Via.TEXT, matched, null, null, null));
		}
		return found;
	}

	/**
	 * The words with misspellings corrected against the words of skill names and aliases,
	 * or null when nothing needed correcting.
	 */
	private List<Word> correct(List<Word> words) throws IOException {
		IndexReader reader = this.searcher.getIndexReader();
		Terms terms = MultiTerms.getTerms(reader, SkillAnalysis.WORDS_FIELD);
		if (terms == null) {
			return null;
		}
		List<Word> corrected = new ArrayList<>(words);
		boolean changed = false;
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (word.stem() == null || word.text().length() < MIN_CORRECTED_LENGTH || !hasLetter(word.text())
					|| known(reader, word)) {
				continue;
			}
			int maxEdits = (word.text().length() >= TWO_EDITS_LENGTH) ? 2 : 1;
			FuzzyTermsEnum similar = new FuzzyTermsEnum(terms, new Term(SkillAnalysis.WORDS_FIELD, word.text()),
					maxEdits, 1, true);
			String best = null;
			float bestBoost = 0;
			int bestFrequency = 0;
			for (BytesRef term = similar.next(); term != null; term = similar.next()) {
				float boost = similar.getBoost();
				int frequency = similar.docFreq();
				if (boost > bestBoost || (boost == bestBoost && frequency > bestFrequency)) {
					best = term.utf8ToString();
					bestBoost = boost;
					bestFrequency = frequency;
				}
			}
			if (best != null && !best.equals(word.text())) {
				List<String> stems = SkillAnalysis.stems(best);
				corrected.set(i, new Word(best, stems.isEmpty() ? null : stems.get(0)));
				changed = true;
			}
		}
		return changed ? corrected : null;
	}

	private boolean known(IndexReader reader, Word word) throws IOException {
		return reader.docFreq(new Term(SkillAnalysis.WORDS_FIELD, word.text())) > 0
				|| reader.docFreq(new Term(SkillAnalysis.NAME, word.stem())) > 0
				|| reader.docFreq(new Term(SkillAnalysis.ALIAS, word.stem())) > 0
				|| reader.docFreq(new Term(SkillAnalysis.DESCRIPTION, word.stem())) > 0;
	}

	private static boolean hasLetter(String text) {
		return text.chars().anyMatch(Character::isLetter);
	}

	private static String describeCorrections(List<Word> words, List<Word> corrected) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).text().equals(corrected.get(i).text())) {
				parts.add(words.get(i).text() + " -> " + corrected.get(i).text());
			}
		}
		return String.join(", ", parts);
	}

	private List<SkillMatch> expand(List<SkillMatch> direct) {
		Map<String, SkillMatch> all = new HashMap<>();
		direct.forEach((m) -> all.put(m.skillId(), m));
		for (SkillMatch hit : direct) {
			List<String> children = this.taxonomy.narrowerOf(hit.skillId());
			for (String child : children) {
				offer(all, child, hit, hit.weight() * NARROWER, Via.NARROWER);
				for (String grandchild : this.taxonomy.narrowerOf(child)) {
					offer(all, grandchild, hit, hit.weight() * NARROWER * NARROWER, Via.NARROWER);
				}
			}
			for (String parent : this.taxonomy.broaderOf(hit.skillId())) {
				offer(all, parent, hit, hit.weight() * BROADER, Via.BROADER);
			}
		}
		return all.values().stream().sorted(ORDER).limit(EXPANDED_LIMIT).toList();
	}

	private void offer(Map<String, SkillMatch> all, String id, SkillMatch from, double weight, Via via) {
		SkillMatch known = all.get(id);
		if (known == null || known.weight() < weight) {
			all.put(id, new SkillMatch(id, this.taxonomy.names().getOrDefault(id, id), weight, via, from.matched(),
					from.alias(), from.skillId(), from.name()));
		}
	}

	private static List<Word> words(String topic) {
		List<String> texts = SkillAnalysis.words(topic);
		List<Word> words = new ArrayList<>();
		for (String text : texts.subList(0, Math.min(texts.size(), MAX_WORDS))) {
			List<String> stems = SkillAnalysis.stems(text);
			words.add(new Word(text, stems.isEmpty() ? null : stems.get(0)));
		}
		return words;
	}

	static final Comparator<SkillMatch> ORDER = Comparator.comparingDouble((SkillMatch m) -> -m.weight())
		.thenComparing(SkillMatch::name)
		.thenComparing(SkillMatch::skillId);

	/**
	 * A word of the topic and its stem (null for a stop word).
	 */
	record Word(String text, String stem) {
	}

	/**
	 * How much of the topic one field of a skill covers.
	 */
	record Coverage(Set<String> covered, double weight) {

		static final Coverage NONE = new Coverage(Set.of(), 0);

		static Coverage of(Set<String> wanted, String fieldStems, double factor) {
			if (fieldStems == null || fieldStems.isEmpty()) {
				return NONE;
			}
			Set<String> field = new HashSet<>(Arrays.asList(fieldStems.split(" ")));
			Set<String> covered = new HashSet<>(wanted);
			covered.retainAll(field);
			if (covered.isEmpty()) {
				return NONE;
			}
			double ofTopic = (double) covered.size() / wanted.size();
			double ofField = (double) covered.size() / field.size();
			return new Coverage(covered, factor * ofTopic * (TOPIC_SHARE + (1 - TOPIC_SHARE) * ofField));
		}

		static Coverage ofDescription(Set<String> wanted, String descriptionStems) {
			if (descriptionStems == null || descriptionStems.isEmpty()) {
				return NONE;
			}
			Set<String> covered = new HashSet<>(wanted);
			covered.retainAll(new HashSet<>(Arrays.asList(descriptionStems.split(" "))));
			return covered.isEmpty() ? NONE : new Coverage(covered, DESCRIPTION_ONLY * covered.size() / wanted.size());
		}

		Coverage orBetter(Coverage other) {
			return (other.weight > this.weight) ? other : this;
		}

	}

}

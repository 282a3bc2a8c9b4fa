package org.boomerang.skill.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The text analysis of the skill index, used the same way for indexing and for topics:
 * English words (folded to ASCII, lower case, stop words dropped, Porter-stemmed so that
 * "records" and "record" meet), plain words (folded and lower case, for spelling
 * correction and type-ahead), and keys (the whole text, normalised, for exact names and
 * aliases).
 */
final class SkillAnalysis {

	/** Analysed with {@link #ENGLISH}. */
	static final String NAME = "name";

	/** Analysed with {@link #ENGLISH}. */
	static final String ALIAS = "alias";

	/** Analysed with {@link #ENGLISH}. */
	static final String DESCRIPTION = "description";

	/** Plain words of the name and aliases, analysed with {@link #WORDS}. */
	static final String WORDS_FIELD = "words";

	/** The normalised name, whole. */
	static final String NAME_KEY = "name_key";

	/** The normalised aliases, whole. */
	static final String ALIAS_KEY = "alias_key";

	/** The stems of the name joined by spaces, whole. */
	static final String NAME_STEMS = "name_stems";

	/** The stems of each alias joined by spaces, whole. */
	static final String ALIAS_STEMS = "alias_stems";

	static final Analyzer ENGLISH = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new EnglishPossessiveFilter(source);
			result = new ASCIIFoldingFilter(result);
			result = new LowerCaseFilter(result);
			result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
			result = new PorterStemFilter(result);
			return new TokenStreamComponents(source, result);
		}
	};

	static final Analyzer WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream result = new ASCIIFoldingFilter(source);
			result = new LowerCaseFilter(result);
			return new TokenStreamComponents(source, result);
		}
	};

	/** What {@code IndexWriter} analyses text fields with. */
	static final Analyzer PER_FIELD = new PerFieldAnalyzerWrapper(ENGLISH, Map.of(WORDS_FIELD, WORDS));

	private SkillAnalysis() {
	}

	/**
	 * The whole text as a key: Unicode-normalised, lower case, runs of white space as one
	 * space, trimmed. Punctuation stays, so "C++" is a key of its own.
	 */
	static String key(String text) {
		String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return normal.replaceAll("\\s+", " ").strip();
	}

	/** The English stems of a text, in order. */
	static List<String> stems(String text) {
		return tokens(ENGLISH, text);
	}

	/** The plain words of a text, in order. */
	static List<String> words(String text) {
		return tokens(WORDS, text);
	}

	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			// Analysing a String does no I/O.
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
